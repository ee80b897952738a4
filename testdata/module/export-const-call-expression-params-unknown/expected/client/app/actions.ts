import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const act = /*#__PURE__*/ createServerReference("z6gLilOQCiOwVrI4FER6vLA08hab42Soh1eqYa11eXu15VSo_V0", callServer, undefined, findSourceMapURL, "act");
//# sourceMappingURL=actions.ts.map
