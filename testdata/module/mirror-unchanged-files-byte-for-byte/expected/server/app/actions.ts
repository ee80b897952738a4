'use server'

export async function track(event: string) {
  return event
}

import { registerServerReference } from "actionc/server";
registerServerReference(track, "z6gL8RdUE1B2fYQhXFyVZodYgFhN-7RH1XSOSXxCbgpyx5rqpT9QTw", "track");
//# sourceMappingURL=actions.ts.map
