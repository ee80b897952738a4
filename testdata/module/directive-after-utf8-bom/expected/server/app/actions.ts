'use server'

export async function bom(): Promise<void> {}

import { registerServerReference } from "actionc/server";
registerServerReference(bom, "z6gL9Bj-oc9M3bRqdZzohMa7iO_6A5SjXamqXZPoSgmHyF8y3G0", "bom");
//# sourceMappingURL=actions.ts.map
