import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const archive = /*#__PURE__*/ createServerReference("z6gLogK3J8UuDjBwsozUVIL4W-OOfIQa343ki1EqjyxYYDS29x9J", callServer, undefined, findSourceMapURL, "archive");
//# sourceMappingURL=more.ts.map
