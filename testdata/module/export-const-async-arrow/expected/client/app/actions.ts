import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const like = /*#__PURE__*/ createServerReference("z6gLN2YnJJh1CmpEIFl51l_DfttKGpe6Lgv71t3YF5Vb_yR_mZZ4", callServer, undefined, findSourceMapURL, "like");
export const ping = /*#__PURE__*/ createServerReference("z6gLnB4-ifujsWbTP4YXk_lhEDwVAjiAytE8uwGRcoywN7C7_bCZ", callServer, undefined, findSourceMapURL, "ping");
//# sourceMappingURL=actions.ts.map
