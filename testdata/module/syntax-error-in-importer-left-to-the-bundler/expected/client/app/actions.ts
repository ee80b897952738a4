import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const save = /*#__PURE__*/ createServerReference("z6gLCudxVZi3nBBS7VIEN5nAdn7gfgtGQu0N8OQbF_KmUmHnTWGz", callServer, undefined, findSourceMapURL, "save");
//# sourceMappingURL=actions.ts.map
