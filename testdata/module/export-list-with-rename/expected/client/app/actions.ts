import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const a = /*#__PURE__*/ createServerReference("z6gLgDs0_EcKbURCLozTCeyN7IkdIfrBGLG_xrd6407D0x9r", callServer, undefined, findSourceMapURL, "a");
export const c = /*#__PURE__*/ createServerReference("z6gLnduenMtcz9hXlAuGUvGUJDRjLNrDP1aSRWzR413wCh-u", callServer, undefined, findSourceMapURL, "c");
//# sourceMappingURL=actions.ts.map
