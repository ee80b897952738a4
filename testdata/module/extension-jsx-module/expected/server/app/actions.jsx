'use server'

export async function card(title) {
  return <section><h2>{title}</h2></section>
}

import { registerServerReference } from "actionc/server";
registerServerReference(card, "z6gL-w_RYBOe_ms9WxzTx1TrAuRlFpxhXyeL3Tlnxv-NyANGIp8Jbg", "card");
//# sourceMappingURL=actions.jsx.map
