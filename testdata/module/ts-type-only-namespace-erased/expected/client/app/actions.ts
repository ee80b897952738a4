import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const measure = /*#__PURE__*/ createServerReference("z6gLV7gXgMoG6dDLBWkIOG_7Ws_tHlQXYV00cTTxTBWrwM89tlBHZAcQ", callServer, undefined, findSourceMapURL, "measure");
//# sourceMappingURL=actions.ts.map
