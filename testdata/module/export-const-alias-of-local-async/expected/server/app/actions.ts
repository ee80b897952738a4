'use server'

async function impl(id: string) {
  return id
}

export const alias = impl

import { registerServerReference } from "actionc/server";
registerServerReference(alias, "z6gLX1lvLDpQO0QCUxiFsKN22ytpMuRt7qLpOtc9OxbW-goG_cH2ww", "alias");
//# sourceMappingURL=actions.ts.map
