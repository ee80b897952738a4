import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const missingReason = /*#__PURE__*/ createServerReference("z6gLIpxpQUnPnsDXacVVHYllGsFA5MU3Sh_Tx0liHS76UWC03RHsxAGM_vM3FnzJ", callServer, undefined, findSourceMapURL, "missingReason");
export const mistypedCode = /*#__PURE__*/ createServerReference("z6gLejpFq74oHqqbXy0lUivyeCKWWiTxww45Spyit3qW_PUYPNoDEnUdaAY6A40", callServer, undefined, findSourceMapURL, "mistypedCode");
export const nothingToSuppress = /*#__PURE__*/ createServerReference("z6gL_hLCdTjE35FujZzdV23taXA17aJrbzPwvva0FQjr6FBHs0tNdgF7nfnI4TJ7b4eCPQ", callServer, undefined, findSourceMapURL, "nothingToSuppress");
export const ping = /*#__PURE__*/ createServerReference("z6gLnB4-ifujsWbTP4YXk_lhEDwVAjiAytE8uwGRcoywN7C7_bCZ", callServer, undefined, findSourceMapURL, "ping");
export const subscribe = /*#__PURE__*/ createServerReference("z6gLAm7fOJcWs5T4OgKDx8L9lZC6sFdKJAx5FKHwhe3HGUEITvLxH0aVVpk", callServer, undefined, findSourceMapURL, "subscribe");
export const usesIt = /*#__PURE__*/ createServerReference("z6gLwivFuHCbXMSTaKheJcyDbgd7iFO-pFV9GoobkGvMw_xKqkXftic", callServer, undefined, findSourceMapURL, "usesIt");
//# sourceMappingURL=actions.ts.map
