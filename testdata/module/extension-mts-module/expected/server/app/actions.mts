'use server'

export async function send(message: string): Promise<string> {
  return message
}

import { registerServerReference } from "actionc/server";
registerServerReference(send, "z6gLHSYXnboNDZqlbwE8HQZNZ_RWw6e8NGbkQGWVvSUFKUbHAcRs7g", "send");
//# sourceMappingURL=actions.mts.map
