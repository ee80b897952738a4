import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const inline = /*#__PURE__*/ createServerReference("z6gLUlfYiJLFZLLQvPqtDK9_QpucBnnVeBivkPEi5AP9QVh-0Bio7aw", callServer, undefined, findSourceMapURL, "inline");
//# sourceMappingURL=actions.ts.map
