'use server'

export async function audit(event: string) {
  return event
}

export async function neverUsed() {}

import { registerServerReference } from "actionc/server";
registerServerReference(audit, "z6gLUDyLSAiVnp9hGVZ7gmJA3-k5HvrmlIoSY4QGEuAa6k_QKpM1LfxRndAD", "audit");
//# sourceMappingURL=base.ts.map
