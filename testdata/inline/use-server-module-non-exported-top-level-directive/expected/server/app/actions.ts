'use server';

async function helper(id: string) {
  'use server';
  return id;
}

export async function run(id: string) {
  return helper(id);
}

import { registerServerReference } from "actionc/server";
registerServerReference(run, "z6gLhbEw4iUG-b9dBamjgy8Ha5un4q_zQjvlUBA6HpHRei2BixQ", "run");
//# sourceMappingURL=actions.ts.map
