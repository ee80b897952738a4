'use server'

export type Result = { ok: boolean }
export interface Input {
  name: string
}
type Hidden = number
interface Other {
  v: Hidden
}
export { type Hidden }
export type { Other }

export async function run(input: Input): Promise<Result> {
  return { ok: input.name.length > 0 }
}

import { registerServerReference } from "actionc/server";
registerServerReference(run, "z6gLhbEw4iUG-b9dBamjgy8Ha5un4q_zQjvlUBA6HpHRei2BixQ", "run");
//# sourceMappingURL=actions.ts.map
