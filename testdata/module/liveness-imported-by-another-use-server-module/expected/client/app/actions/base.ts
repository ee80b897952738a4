import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const audit = /*#__PURE__*/ createServerReference("z6gLUDyLSAiVnp9hGVZ7gmJA3-k5HvrmlIoSY4QGEuAa6k_QKpM1LfxRndAD", callServer, undefined, findSourceMapURL, "audit");
//# sourceMappingURL=base.ts.map
