import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const store = /*#__PURE__*/ createServerReference("z6gLZSNP_1N3N3XbZpsy1x9kYyzcKj2HI8WzPhDNqnlOHrEEjJIjiw", callServer, undefined, findSourceMapURL, "store");
//# sourceMappingURL=actions.ts.map
