import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const retry = /*#__PURE__*/ createServerReference("z6gL6YQdl50kBodhqCVd9XBfgZqpbdRbCbNycwBNBsvfAMxbRkE2uQ", callServer, undefined, findSourceMapURL, "retry");
//# sourceMappingURL=actions.ts.map
