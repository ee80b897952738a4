'use server'

export async function required() {}

import { registerServerReference } from "actionc/server";
registerServerReference(required, "z6gLMDrQWicD6JVRc-GZicMxUXqxbouy8ECfZUmeCvevjrNfk-vE9wjyzQ", "required");
//# sourceMappingURL=actions.ts.map
