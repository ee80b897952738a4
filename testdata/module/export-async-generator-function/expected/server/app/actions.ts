'use server'

export async function* stream(count: number) {
  for (let i = 0; i < count; i++) yield i
}

import { registerServerReference } from "actionc/server";
registerServerReference(stream, "z6gLYtOBZeumPo-3FsfbzHnZqbnB9B2yz-sFUI0xJ_MIozUQTyokFzc", "stream");
//# sourceMappingURL=actions.ts.map
