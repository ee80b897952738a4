import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const required = /*#__PURE__*/ createServerReference("z6gLMDrQWicD6JVRc-GZicMxUXqxbouy8ECfZUmeCvevjrNfk-vE9wjyzQ", callServer, undefined, findSourceMapURL, "required");
//# sourceMappingURL=actions.ts.map
