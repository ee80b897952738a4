'use server'

export async function more(x: string, y: string) {}

import { registerServerReference } from "actionc/server";
registerServerReference(more, "z6gL_Zcyx0SVcAsN8Iigh3wxy16Bq8rxgDT7mcorvKzbEMdt", "more");
//# sourceMappingURL=more.ts.map
