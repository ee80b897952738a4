'use server'

export async function save(v: string) {
  return v
}

import { registerServerReference } from "actionc/server";
registerServerReference(save, "z6gLCudxVZi3nBBS7VIEN5nAdn7gfgtGQu0N8OQbF_KmUmHnTWGz", "save");
//# sourceMappingURL=actions.ts.map
