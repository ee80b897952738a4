import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
const $$actionc_stub_0 = /*#__PURE__*/ createServerReference("z6gLhyZP0ho_HGKUJM3jGh0KUg91TVqhtzoC6Zn4iFZY_8-0jhw", callServer, undefined, findSourceMapURL, "b-c");
export { $$actionc_stub_0 as "b-c" };
//# sourceMappingURL=actions.ts.map
