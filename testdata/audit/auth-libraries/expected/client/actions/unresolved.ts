import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const authFromConventionalModule = /*#__PURE__*/ createServerReference("z6gLhiqnLQFWcrW4GoGLWv9HWdO5SNidAFhP3bIDqqHZGl08aiLkB-SOOjyjyGFmjnZ_DCzwAX6b8IfXal8q4SMN4aA", callServer, undefined, findSourceMapURL, "authFromConventionalModule");
//# sourceMappingURL=unresolved.ts.map
