"use server";

export async function quoted(): Promise<void> {}

import { registerServerReference } from "actionc/server";
registerServerReference(quoted, "z6gLI4tNCJLGYW3sLONAv__mV-ZlGiwiSBYDDLtM2kFi-rC2g6B217k", "quoted");
//# sourceMappingURL=actions.ts.map
