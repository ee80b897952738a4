import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const lazy = /*#__PURE__*/ createServerReference("z6gLhFJdOVVF-mmscx8KozllbYuroJC-d45ZLwcr7wRuw2k7HDUA", callServer, undefined, findSourceMapURL, "lazy");
//# sourceMappingURL=actions.ts.map
