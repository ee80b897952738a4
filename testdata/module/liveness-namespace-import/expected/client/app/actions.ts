import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const one = /*#__PURE__*/ createServerReference("z6gLq2VJoWqWBK3O8hi5l2PKBUNc1OoVIPwRfJBrUg2hkcKR0EY", callServer, undefined, findSourceMapURL, "one");
export const two = /*#__PURE__*/ createServerReference("z6gLtSqDftrpGWax8_OECESF1kGODK7b1ByQfmUisOp8KE-gGyk", callServer, undefined, findSourceMapURL, "two");
//# sourceMappingURL=actions.ts.map
