'use server'

declare const process: { env: Record<string, string | undefined> }
declare function log(message: string): void
declare global {
  interface Window {
    actionc: unknown
  }
}

export async function readEnv(name: string) {
  log(name)
  return process.env[name]
}

import { registerServerReference } from "actionc/server";
registerServerReference(readEnv, "z6gL4zkDCk99sSRVayog8yawIn8ZAooLwrmAW8KSSxLN3OfJMYpjx1ix", "readEnv");
//# sourceMappingURL=actions.ts.map
