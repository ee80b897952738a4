'use server'

export async function viaJs() {}

export async function viaTypeOnly() {}

import { registerServerReference } from "actionc/server";
registerServerReference(viaJs, "z6gLebhVro6mVUnAjf426F5UZBp_GEg3vl78pJy9t0p7IEX3Wbn6ag", "viaJs");
//# sourceMappingURL=actions.ts.map
