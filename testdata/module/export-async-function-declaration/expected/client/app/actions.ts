import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const createTodo = /*#__PURE__*/ createServerReference("z6gLSisNaU3xCr9qxydC2nAKmbFtOVsIioe9qoSM6J0RkmnMMevyN9gfNA8_", callServer, undefined, findSourceMapURL, "createTodo");
//# sourceMappingURL=actions.ts.map
