'use server'

import { client } from '../lib/safe-action'

export const act = client.action(async ({ parsedInput }: { parsedInput: string }) => {
  return parsedInput
})

import { registerServerReference } from "actionc/server";
registerServerReference(act, "z6gLilOQCiOwVrI4FER6vLA08hab42Soh1eqYa11eXu15VSo_V0", "act");
//# sourceMappingURL=actions.ts.map
