import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const addTodo = /*#__PURE__*/ createServerReference("z6gLMxFLH4l7i_NPRsLcZ15MvF7fRpbWvsJKFJ1etbTVZ0jBRvdUwezu6EYOfwoV", callServer, undefined, findSourceMapURL, "addTodo");
//# sourceMappingURL=todos.ts.map
