'use server'

export async function lookup(id: number): Promise<string>
export async function lookup(name: string): Promise<string>
export async function lookup(key: number | string): Promise<string> {
  return String(key)
}

import { registerServerReference } from "actionc/server";
registerServerReference(lookup, "z6gLsWffGaJPE2hlcdMzQrVMpKU3miW_L5gAxHHTXo0oxPD1J6w4NF0", "lookup");
//# sourceMappingURL=actions.ts.map
