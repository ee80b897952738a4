import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const more = /*#__PURE__*/ createServerReference("z6gL_Zcyx0SVcAsN8Iigh3wxy16Bq8rxgDT7mcorvKzbEMdt", callServer, undefined, findSourceMapURL, "more");
export const remote = /*#__PURE__*/ createServerReference("z6gLS0VOoI7PYW5CkrlwNUv_H8LLtTCglezmk8KhuPwTsDiesS6cIQ", callServer, undefined, findSourceMapURL, "remote");
export const renamed = /*#__PURE__*/ createServerReference("z6gLTt0oUv7sQQ_WYuVrjnso3Z_YaaFoknJtF3vCiuENX9QIqKxX", callServer, undefined, findSourceMapURL, "renamed");
//# sourceMappingURL=actions.ts.map
