import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const more = /*#__PURE__*/ createServerReference("z6gL_Zcyx0SVcAsN8Iigh3wxy16Bq8rxgDT7mcorvKzbEMdt", callServer, undefined, findSourceMapURL, "more");
//# sourceMappingURL=more.ts.map
