import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const bom = /*#__PURE__*/ createServerReference("z6gL9Bj-oc9M3bRqdZzohMa7iO_6A5SjXamqXZPoSgmHyF8y3G0", callServer, undefined, findSourceMapURL, "bom");
//# sourceMappingURL=actions.ts.map
