import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const used = /*#__PURE__*/ createServerReference("z6gLapkKeYzeMDU0vmeBw10c0r10MY0B8p_-2hkVfm_4NcbtzUKd", callServer, undefined, findSourceMapURL, "used");
//# sourceMappingURL=actions.ts.map
