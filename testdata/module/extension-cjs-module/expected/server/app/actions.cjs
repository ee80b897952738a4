'use server'

export async function send(message) {
  return message
}

import { registerServerReference } from "actionc/server";
registerServerReference(send, "z6gL1OM6vhfWQsUJP9YtOlshHKtWhSW0mbVlRr1V1oXrywmbApu9mQ", "send");
//# sourceMappingURL=actions.cjs.map
