'use server'

export async function withThis(this: void, a: string, b: number) {
  return a.repeat(b)
}

import { registerServerReference } from "actionc/server";
registerServerReference(withThis, "z6gLdFcgAsRnThfp4ByCc-luLP_CeYPyAM1VKoA_UsFgYT1eyTQ1WR3ebQ", "withThis");
//# sourceMappingURL=actions.ts.map
