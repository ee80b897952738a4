'use server'

export const retry = async function attempt(n: number): Promise<number> {
  return n > 0 ? attempt(n - 1) : 0
}

import { registerServerReference } from "actionc/server";
registerServerReference(retry, "z6gL6YQdl50kBodhqCVd9XBfgZqpbdRbCbNycwBNBsvfAMxbRkE2uQ", "retry");
//# sourceMappingURL=actions.ts.map
