import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const publish = /*#__PURE__*/ createServerReference("z6gLHq-SGsaiLoOCR9qB5YwsJWIBAVW8zUaUznK-Y1n6wI5wJSeSwP6m", callServer, undefined, findSourceMapURL, "publish");
//# sourceMappingURL=actions.ts.map
