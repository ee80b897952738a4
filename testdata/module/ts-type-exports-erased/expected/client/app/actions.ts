import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const run = /*#__PURE__*/ createServerReference("z6gLhbEw4iUG-b9dBamjgy8Ha5un4q_zQjvlUBA6HpHRei2BixQ", callServer, undefined, findSourceMapURL, "run");
//# sourceMappingURL=actions.ts.map
