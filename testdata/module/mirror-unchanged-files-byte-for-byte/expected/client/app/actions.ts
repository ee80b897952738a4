import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const track = /*#__PURE__*/ createServerReference("z6gL8RdUE1B2fYQhXFyVZodYgFhN-7RH1XSOSXxCbgpyx5rqpT9QTw", callServer, undefined, findSourceMapURL, "track");
//# sourceMappingURL=actions.ts.map
