import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const searchPosts = /*#__PURE__*/ createServerReference("z6gLdCCIkO1gLmS-FpMXhRwrVR5EEv-HsMV6gw-2V-EbF9XhVsgQIO6uo4G4o4i6ytUkIq0xx4UO", callServer, undefined, findSourceMapURL, "searchPosts");
//# sourceMappingURL=search.ts.map
