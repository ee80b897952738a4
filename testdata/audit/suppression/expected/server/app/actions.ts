'use server';
import { auth } from '@clerk/nextjs/server';

// actionc-audit-ignore audit-auth: public by design, the newsletter sign-up form
export async function subscribe(formData: FormData) {
  return String(formData.get('email'));
}

export async function ping() {
  // actionc-audit-ignore audit-auth: a health check the load balancer calls
  return 'pong';
}

// actionc-audit-ignore audit-auth
export async function missingReason() {
  return 1;
}

// actionc-audit-ignore auth: the code is mistyped
export async function mistypedCode() {
  return 2;
}

// actionc-audit-ignore audit-raw-return: there is no such finding here
export async function nothingToSuppress() {
  await auth.protect();
  return 3;
}

/* actionc-audit-ignore audit-auth: on a dead action, which is not audited */
export async function neverImported() {
  return 4;
}

// actionc-audit-ignore audit-auth: attached to no action at all
const notAnAction = 5;
export async function usesIt() {
  await auth.protect();
  return notAnAction;
}

import { registerServerReference } from "actionc/server";
registerServerReference(missingReason, "z6gLIpxpQUnPnsDXacVVHYllGsFA5MU3Sh_Tx0liHS76UWC03RHsxAGM_vM3FnzJ", "missingReason");
registerServerReference(mistypedCode, "z6gLejpFq74oHqqbXy0lUivyeCKWWiTxww45Spyit3qW_PUYPNoDEnUdaAY6A40", "mistypedCode");
registerServerReference(nothingToSuppress, "z6gL_hLCdTjE35FujZzdV23taXA17aJrbzPwvva0FQjr6FBHs0tNdgF7nfnI4TJ7b4eCPQ", "nothingToSuppress");
registerServerReference(ping, "z6gLnB4-ifujsWbTP4YXk_lhEDwVAjiAytE8uwGRcoywN7C7_bCZ", "ping");
registerServerReference(subscribe, "z6gLAm7fOJcWs5T4OgKDx8L9lZC6sFdKJAx5FKHwhe3HGUEITvLxH0aVVpk", "subscribe");
registerServerReference(usesIt, "z6gLwivFuHCbXMSTaKheJcyDbgd7iFO-pFV9GoobkGvMw_xKqkXftic", "usesIt");
//# sourceMappingURL=actions.ts.map
