'use server'

export async function used(id: string) {
  return id
}

export async function unused() {}

import { registerServerReference } from "actionc/server";
registerServerReference(used, "z6gLapkKeYzeMDU0vmeBw10c0r10MY0B8p_-2hkVfm_4NcbtzUKd", "used");
//# sourceMappingURL=actions.ts.map
