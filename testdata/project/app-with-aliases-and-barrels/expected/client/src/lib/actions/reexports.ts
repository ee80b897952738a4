import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const saveProfile = /*#__PURE__*/ createServerReference("z6gL43qksyFhIFjmQCnXbhkRPBZd9FZrwaxOIRgEn_xIqzROkG_gPusTNnqiG5J5gntVCFfaVIDDug", callServer, undefined, findSourceMapURL, "saveProfile");
export const searchPosts = /*#__PURE__*/ createServerReference("z6gLdCCIkO1gLmS-FpMXhRwrVR5EEv-HsMV6gw-2V-EbF9XhVsgQIO6uo4G4o4i6ytUkIq0xx4UO", callServer, undefined, findSourceMapURL, "searchPosts");
//# sourceMappingURL=reexports.ts.map
