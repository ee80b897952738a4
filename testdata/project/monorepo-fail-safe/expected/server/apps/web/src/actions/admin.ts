'use server';

export async function banUser(id: string) {
  return id;
}

export async function auditLog() {}

import { registerServerReference } from "actionc/server";
registerServerReference(banUser, "z6gLAXmo6Hs49c86IZl2JGyDFwjTkMsHerIxY6vTE1rlWacjjrhg8dIwONHaIH8supwZ-zOVXcto", "banUser");
//# sourceMappingURL=admin.ts.map
