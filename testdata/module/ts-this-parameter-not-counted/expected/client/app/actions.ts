import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const withThis = /*#__PURE__*/ createServerReference("z6gLdFcgAsRnThfp4ByCc-luLP_CeYPyAM1VKoA_UsFgYT1eyTQ1WR3ebQ", callServer, undefined, findSourceMapURL, "withThis");
//# sourceMappingURL=actions.ts.map
