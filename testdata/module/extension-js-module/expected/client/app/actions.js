import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const send = /*#__PURE__*/ createServerReference("z6gLSSHh_Pcy136IovxQ6sa9dKsLaVFwWPpZfowWmRe4ye1C52vg", callServer, undefined, findSourceMapURL, "send");
//# sourceMappingURL=actions.js.map
