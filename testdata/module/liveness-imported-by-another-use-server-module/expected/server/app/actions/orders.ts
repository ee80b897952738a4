'use server'

import { audit } from './base'

export async function placeOrder(id: string) {
  await audit(`order:${id}`)
}

import { registerServerReference } from "actionc/server";
registerServerReference(placeOrder, "z6gL5jHyZqBNXaxiClyUVwY9GXf2-oqeUKn0Uxsl-Qqy-xhX3WNfyVbKn56sUsTl_V2mOg", "placeOrder");
//# sourceMappingURL=orders.ts.map
