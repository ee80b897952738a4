import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const strict = /*#__PURE__*/ createServerReference("z6gLUuZeK2mhTs3uNh14XM9NplmZ6V1B4no236ebziOT7kH2haPldOI", callServer, undefined, findSourceMapURL, "strict");
//# sourceMappingURL=actions.ts.map
