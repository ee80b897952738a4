import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const createPost = /*#__PURE__*/ createServerReference("z6gLRzaGaV-4u6u9A4R71l3-Ds46MX9TfQE8zhQ9gJlmzpPr6IVJszcErq-4QJ1NqCO2LD9CHg", callServer, undefined, findSourceMapURL, "createPost");
export const deletePost = /*#__PURE__*/ createServerReference("z6gLwJfeQmmrsEOg1RMlHMfeRVuvT3yUYqT_OSB1ZL1fwF38An_Lt3oPf-nFNNQk4-hQ0ZlxaA", callServer, undefined, findSourceMapURL, "deletePost");
//# sourceMappingURL=posts.ts.map
