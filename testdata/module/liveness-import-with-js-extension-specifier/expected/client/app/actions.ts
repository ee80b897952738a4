import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const viaJs = /*#__PURE__*/ createServerReference("z6gLebhVro6mVUnAjf426F5UZBp_GEg3vl78pJy9t0p7IEX3Wbn6ag", callServer, undefined, findSourceMapURL, "viaJs");
//# sourceMappingURL=actions.ts.map
