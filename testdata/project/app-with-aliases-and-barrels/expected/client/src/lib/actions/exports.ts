import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const exportCsv = /*#__PURE__*/ createServerReference("z6gL2UeJ6PXfzG5jWFjJldTc6Z0fAF08Dlb1IBcoZCaq0yn15KDQlB35rtwZhBtAQ-jYkHStnLI", callServer, undefined, findSourceMapURL, "exportCsv");
//# sourceMappingURL=exports.ts.map
