import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const remove = /*#__PURE__*/ createServerReference("z6gL6vtAm3GL6pJd44ZpPunGDdumKAh0gNwnhyU8ibavuZDL_Lg", callServer, undefined, findSourceMapURL, "remove");
//# sourceMappingURL=crlf.ts.map
