'use server'

export let first = async (a: number) => a

export var second = async function (a: number, b: number) {
  return a + b
}

import { registerServerReference } from "actionc/server";
registerServerReference(first, "z6gLA01DPiQ6OqR5qfnUaRVdGZk8ut_SeKSzGlVepScgCIWRRYjdnA", "first");
registerServerReference(second, "z6gL8olFs-N52G1lgrJXAV3e66dzi3iCQN8XpbNM32CSIiK_ziRjFxs", "second");
//# sourceMappingURL=actions.ts.map
