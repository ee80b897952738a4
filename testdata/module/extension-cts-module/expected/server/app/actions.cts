'use server'

export async function send(message: string): Promise<string> {
  return message
}

import { registerServerReference } from "actionc/server";
registerServerReference(send, "z6gLe9q9xYjwQwxMFvRW5zBh80m3RxMDHhspEOjE_cT367g5ifnNeA", "send");
//# sourceMappingURL=actions.cts.map
