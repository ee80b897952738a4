import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const archive = /*#__PURE__*/ createServerReference("z6gLc5aX7I2K1nu7ecG7aarB_i7S5mq9cefE39Cgh98K9K3MZHwyo0dq", callServer, undefined, findSourceMapURL, "archive");
//# sourceMappingURL=actions.ts.map
