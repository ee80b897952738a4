import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const Page = /*#__PURE__*/ createServerReference("z6gLYf79RJ-gnRjA77HAS-Uew0MBhiFc7xMPTgO1vXkuRzooa7w8", callServer, undefined, findSourceMapURL, "Page");
const $$actionc_stub_0 = /*#__PURE__*/ createServerReference("z6gL9-ITE9RJOXLLPNjIVlgVDoZScOO0QgNdvxiF83Q4PSOMqWC0c2_eq6g", callServer, undefined, findSourceMapURL, "Page/save");
export { $$actionc_stub_0 as "Page/save" };
//# sourceMappingURL=actions.ts.map
