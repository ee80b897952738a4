import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const stream = /*#__PURE__*/ createServerReference("z6gLYtOBZeumPo-3FsfbzHnZqbnB9B2yz-sFUI0xJ_MIozUQTyokFzc", callServer, undefined, findSourceMapURL, "stream");
//# sourceMappingURL=actions.ts.map
