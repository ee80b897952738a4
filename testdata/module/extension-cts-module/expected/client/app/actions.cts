import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const send = /*#__PURE__*/ createServerReference("z6gLe9q9xYjwQwxMFvRW5zBh80m3RxMDHhspEOjE_cT367g5ifnNeA", callServer, undefined, findSourceMapURL, "send");
//# sourceMappingURL=actions.cts.map
