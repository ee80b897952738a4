'use server'

export const one = async () => 1,
  two = async (x: number) => x * 2

import { registerServerReference } from "actionc/server";
registerServerReference(one, "z6gLq2VJoWqWBK3O8hi5l2PKBUNc1OoVIPwRfJBrUg2hkcKR0EY", "one");
registerServerReference(two, "z6gLtSqDftrpGWax8_OECESF1kGODK7b1ByQfmUisOp8KE-gGyk", "two");
//# sourceMappingURL=actions.ts.map
