import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const lookup = /*#__PURE__*/ createServerReference("z6gLsWffGaJPE2hlcdMzQrVMpKU3miW_L5gAxHHTXo0oxPD1J6w4NF0", callServer, undefined, findSourceMapURL, "lookup");
//# sourceMappingURL=actions.ts.map
