'use server' // blog actions: never shipped to the browser
import { secret } from './secret'

export async function publish(id: string) {
  return secret + id
}

import { registerServerReference } from "actionc/server";
registerServerReference(publish, "z6gLHq-SGsaiLoOCR9qB5YwsJWIBAVW8zUaUznK-Y1n6wI5wJSeSwP6m", "publish");
//# sourceMappingURL=actions.ts.map
