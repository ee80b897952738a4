import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const real = /*#__PURE__*/ createServerReference("z6gL29IeL0L-R39ond5tIvGUO4n7htwJTFoKy3XtVSo7T5cwb4n6", callServer, undefined, findSourceMapURL, "real");
//# sourceMappingURL=actions.ts.map
