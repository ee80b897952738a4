import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const banUser = /*#__PURE__*/ createServerReference("z6gLAXmo6Hs49c86IZl2JGyDFwjTkMsHerIxY6vTE1rlWacjjrhg8dIwONHaIH8supwZ-zOVXcto", callServer, undefined, findSourceMapURL, "banUser");
//# sourceMappingURL=admin.ts.map
