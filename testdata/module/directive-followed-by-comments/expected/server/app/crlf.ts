'use strict' // strict first
'use server' // then ours
export async function remove(id: string) {
  return id
}

import { registerServerReference } from "actionc/server";
registerServerReference(remove, "z6gL6vtAm3GL6pJd44ZpPunGDdumKAh0gNwnhyU8ibavuZDL_Lg", "remove");
//# sourceMappingURL=crlf.ts.map
