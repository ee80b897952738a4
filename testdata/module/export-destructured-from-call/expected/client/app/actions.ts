import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const first = /*#__PURE__*/ createServerReference("z6gLA01DPiQ6OqR5qfnUaRVdGZk8ut_SeKSzGlVepScgCIWRRYjdnA", callServer, undefined, findSourceMapURL, "first");
export const logOut = /*#__PURE__*/ createServerReference("z6gLqoF0shEySMP6hDfHajpUNI9EdW-REN8ksDWk3socWzFbhzzUK9U", callServer, undefined, findSourceMapURL, "logOut");
export const other = /*#__PURE__*/ createServerReference("z6gLPO25bULXzWGpgu-3CGS2G9i2g7_rxilvRkeQE-7S3yVeStHbTg", callServer, undefined, findSourceMapURL, "other");
export const signIn = /*#__PURE__*/ createServerReference("z6gLd0ERfmnvwSudGxuAYHmsktw7a1JckVuEL5FvyiffLYZjc9_VrWg", callServer, undefined, findSourceMapURL, "signIn");
//# sourceMappingURL=actions.ts.map
