'use server'

export async function one() {}

export async function two(n: number) {
  return n
}

import { registerServerReference } from "actionc/server";
registerServerReference(one, "z6gLq2VJoWqWBK3O8hi5l2PKBUNc1OoVIPwRfJBrUg2hkcKR0EY", "one");
registerServerReference(two, "z6gLtSqDftrpGWax8_OECESF1kGODK7b1ByQfmUisOp8KE-gGyk", "two");
//# sourceMappingURL=actions.ts.map
