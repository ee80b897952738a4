'use server'

export async function send(message) {
  return message
}

import { registerServerReference } from "actionc/server";
registerServerReference(send, "z6gLSSHh_Pcy136IovxQ6sa9dKsLaVFwWPpZfowWmRe4ye1C52vg", "send");
//# sourceMappingURL=actions.js.map
