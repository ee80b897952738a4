import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const send = /*#__PURE__*/ createServerReference("z6gLHSYXnboNDZqlbwE8HQZNZ_RWw6e8NGbkQGWVvSUFKUbHAcRs7g", callServer, undefined, findSourceMapURL, "send");
//# sourceMappingURL=actions.mts.map
