import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const twice = /*#__PURE__*/ createServerReference("z6gLMlbV2NFtOTaq5hO44-xRj3eRsY7pIvgT9M4G8BZA44L-2Iranw", callServer, undefined, findSourceMapURL, "twice");
//# sourceMappingURL=actions.ts.map
