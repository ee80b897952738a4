import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const first = /*#__PURE__*/ createServerReference("z6gLA01DPiQ6OqR5qfnUaRVdGZk8ut_SeKSzGlVepScgCIWRRYjdnA", callServer, undefined, findSourceMapURL, "first");
export const second = /*#__PURE__*/ createServerReference("z6gL8olFs-N52G1lgrJXAV3e66dzi3iCQN8XpbNM32CSIiK_ziRjFxs", callServer, undefined, findSourceMapURL, "second");
//# sourceMappingURL=actions.ts.map
