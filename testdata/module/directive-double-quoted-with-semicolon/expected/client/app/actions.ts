import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const quoted = /*#__PURE__*/ createServerReference("z6gLI4tNCJLGYW3sLONAv__mV-ZlGiwiSBYDDLtM2kFi-rC2g6B217k", callServer, undefined, findSourceMapURL, "quoted");
//# sourceMappingURL=actions.ts.map
