import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const echo = /*#__PURE__*/ createServerReference("z6gLBEaM8gAdrrbP0gorYcKFvEzIqzc459KDlR73KTLcwMNQarVb", callServer, undefined, findSourceMapURL, "echo");
export const wrap = /*#__PURE__*/ createServerReference("z6gLTL79OvFkOhyQkntm3nEb3omOiDFpFXt3j7ckdAWeFqDzznrw", callServer, undefined, findSourceMapURL, "wrap");
//# sourceMappingURL=actions.ts.map
