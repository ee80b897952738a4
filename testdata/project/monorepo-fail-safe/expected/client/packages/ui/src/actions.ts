import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const like = /*#__PURE__*/ createServerReference("z6gLpqMnWXyRYnj2fxtLhXc2aoVQuUxAFzsgbHi_7EEiHGJE7GsrU5YiFePBijbeESQE", callServer, undefined, findSourceMapURL, "like");
export const unlike = /*#__PURE__*/ createServerReference("z6gLpnpwW9AT4_57j-A4xNS1fUol_27qHgPexH0p3wczNylQcTj439IP5orOBcS-nAdb7I0", callServer, undefined, findSourceMapURL, "unlike");
//# sourceMappingURL=actions.ts.map
