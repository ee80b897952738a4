import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const viaAs = /*#__PURE__*/ createServerReference("z6gL8hXJscLry3lagYp-LPmW_gz8KTcPup1cBAj_cP0MnaQ3o3Qw9w", callServer, undefined, findSourceMapURL, "viaAs");
export const viaSatisfies = /*#__PURE__*/ createServerReference("z6gLCbH8fZqVVjBDiTylkIZDPzabmg9khu5U7nMpMFkkjKieZbo5hchipa71uHM", callServer, undefined, findSourceMapURL, "viaSatisfies");
//# sourceMappingURL=actions.ts.map
