import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const betterAuthSession = /*#__PURE__*/ createServerReference("z6gLTLdBtv72f6BujCbbiVpT6zPX7nf1sa-PnGSKVDJ3W5Svlm7AgABcOd7INycrjdn2uArRb4TqaKU", callServer, undefined, findSourceMapURL, "betterAuthSession");
//# sourceMappingURL=betterauth.ts.map
