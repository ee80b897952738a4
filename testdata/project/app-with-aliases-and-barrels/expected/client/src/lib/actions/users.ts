import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const deleteAccount = /*#__PURE__*/ createServerReference("z6gLlhl5qwHO99UirS3uDg6iiWMJaF57SdZ-twiUKCAomdbjIRXY9mihxhRv-bFiDE4wqoUMfwaasw", callServer, undefined, findSourceMapURL, "deleteAccount");
export const updateProfile = /*#__PURE__*/ createServerReference("z6gL43qksyFhIFjmQCnXbhkRPBZd9FZrwaxOIRgEn_xIqzROkG_gPusTNnqiG5J5gntVCFfaVIDDug", callServer, undefined, findSourceMapURL, "updateProfile");
//# sourceMappingURL=users.ts.map
