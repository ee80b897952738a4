'use server'

export async function lazy() {
  return 'loaded'
}

import { registerServerReference } from "actionc/server";
registerServerReference(lazy, "z6gLhFJdOVVF-mmscx8KozllbYuroJC-d45ZLwcr7wRuw2k7HDUA", "lazy");
//# sourceMappingURL=actions.ts.map
