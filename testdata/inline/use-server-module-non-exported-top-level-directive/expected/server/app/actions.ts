'use server';

async function helper(id: string) {
  'use server';
  return id;
}

export async function run(id: string) {
  return helper(id);
}

export { helper as $$ACTION_helper };
import { registerServerReference } from "actionc/server";
registerServerReference(run, "z6gLhbEw4iUG-b9dBamjgy8Ha5un4q_zQjvlUBA6HpHRei2BixQ", "run");
registerServerReference(helper, "z6gLoAQbZv3v7dZKkqHAkvFqWkGQlm3elD3NmNoOiGz1kznudyFY7ZeD3qvtEDJnuJU", "$$ACTION_helper");
//# sourceMappingURL=actions.ts.map
