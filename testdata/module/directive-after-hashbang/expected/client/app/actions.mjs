import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const hello = /*#__PURE__*/ createServerReference("z6gLCOZPA-VBAAjQNQeuGPg7RkAYccWKIi3tCn7kaM53UholT0M70I4", callServer, undefined, findSourceMapURL, "hello");
//# sourceMappingURL=actions.mjs.map
