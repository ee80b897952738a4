import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const alias = /*#__PURE__*/ createServerReference("z6gLX1lvLDpQO0QCUxiFsKN22ytpMuRt7qLpOtc9OxbW-goG_cH2ww", callServer, undefined, findSourceMapURL, "alias");
//# sourceMappingURL=actions.ts.map
