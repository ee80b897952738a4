'use server';

export async function subscribe(email: string) {
  return email;
}

export async function unsubscribe(email: string) {
  return email;
}

import { registerServerReference } from "actionc/server";
registerServerReference(subscribe, "z6gL4aF_wjTR3m4HDwbTJkCbS7NsSrIaK47RW2h4LU3iU1dfMtRRyoxT1TT_gcncR9azTpSZKzJYHv5ZBVI2sQ", "subscribe");
registerServerReference(unsubscribe, "z6gLxcA57MJtA-iDLUHG-9-j-OSazDr8d7Bp2E9e41Jqv-4Vyw4ZEJsyEQ2OIAxWeUHd6JQPGXYg0SSIDZsd1iU2", "unsubscribe");
//# sourceMappingURL=subscribe.ts.map
