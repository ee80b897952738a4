'use server'

async function a(x: string) {
  return x
}

export { a as "b-c" }

import { registerServerReference } from "actionc/server";
registerServerReference(a, "z6gLhyZP0ho_HGKUJM3jGh0KUg91TVqhtzoC6Zn4iFZY_8-0jhw", "b-c");
//# sourceMappingURL=actions.ts.map
