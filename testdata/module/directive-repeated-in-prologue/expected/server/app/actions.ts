'use server'
'use server'

export async function twice() {}

import { registerServerReference } from "actionc/server";
registerServerReference(twice, "z6gLMlbV2NFtOTaq5hO44-xRj3eRsY7pIvgT9M4G8BZA44L-2Iranw", "twice");
//# sourceMappingURL=actions.ts.map
