import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const load = /*#__PURE__*/ createServerReference("z6gLPHf--026IHxwr1x592_qzFsp3jm-NI-zHSCrALGilC-0q9tQ", callServer, undefined, findSourceMapURL, "load");
//# sourceMappingURL=actions.ts.map
