import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const readEnv = /*#__PURE__*/ createServerReference("z6gL4zkDCk99sSRVayog8yawIn8ZAooLwrmAW8KSSxLN3OfJMYpjx1ix", callServer, undefined, findSourceMapURL, "readEnv");
//# sourceMappingURL=actions.ts.map
