import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const ironSession = /*#__PURE__*/ createServerReference("z6gLSwoSIYTnT15exSfX8GZyReKiiGl0bkL_HFWOr8hGp4NjxxowKO3KOYgS9pY", callServer, undefined, findSourceMapURL, "ironSession");
//# sourceMappingURL=iron.ts.map
