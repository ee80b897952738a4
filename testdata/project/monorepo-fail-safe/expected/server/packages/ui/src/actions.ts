'use server';

export async function like(id: string) {
  return id;
}

export async function unlike(id: string) {
  return id;
}

import { registerServerReference } from "actionc/server";
registerServerReference(like, "z6gLpqMnWXyRYnj2fxtLhXc2aoVQuUxAFzsgbHi_7EEiHGJE7GsrU5YiFePBijbeESQE", "like");
registerServerReference(unlike, "z6gLpnpwW9AT4_57j-A4xNS1fUol_27qHgPexH0p3wczNylQcTj439IP5orOBcS-nAdb7I0", "unlike");
//# sourceMappingURL=actions.ts.map
