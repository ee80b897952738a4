import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const card = /*#__PURE__*/ createServerReference("z6gL-w_RYBOe_ms9WxzTx1TrAuRlFpxhXyeL3Tlnxv-NyANGIp8Jbg", callServer, undefined, findSourceMapURL, "card");
//# sourceMappingURL=actions.jsx.map
