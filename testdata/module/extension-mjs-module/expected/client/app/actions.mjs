import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const send = /*#__PURE__*/ createServerReference("z6gLg00E2CdiGV1ValiRALWbdWNl5qt_47QqY4pAxI6ymPLMIaGIsA", callServer, undefined, findSourceMapURL, "send");
//# sourceMappingURL=actions.mjs.map
