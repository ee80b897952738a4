/* a */ 'use server' /* b */;
export async function archive(id: string) {
  return id
}

import { registerServerReference } from "actionc/server";
registerServerReference(archive, "z6gLogK3J8UuDjBwsozUVIL4W-OOfIQa343ki1EqjyxYYDS29x9J", "archive");
//# sourceMappingURL=more.ts.map
