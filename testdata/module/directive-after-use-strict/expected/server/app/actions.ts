'use strict'
'use server'

export async function strict() {}

import { registerServerReference } from "actionc/server";
registerServerReference(strict, "z6gLUuZeK2mhTs3uNh14XM9NplmZ6V1B4no236ebziOT7kH2haPldOI", "strict");
//# sourceMappingURL=actions.ts.map
