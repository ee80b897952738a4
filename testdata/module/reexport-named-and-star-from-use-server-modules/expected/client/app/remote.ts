import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const other = /*#__PURE__*/ createServerReference("z6gLTt0oUv7sQQ_WYuVrjnso3Z_YaaFoknJtF3vCiuENX9QIqKxX", callServer, undefined, findSourceMapURL, "other");
export const remote = /*#__PURE__*/ createServerReference("z6gLS0VOoI7PYW5CkrlwNUv_H8LLtTCglezmk8KhuPwTsDiesS6cIQ", callServer, undefined, findSourceMapURL, "remote");
//# sourceMappingURL=remote.ts.map
