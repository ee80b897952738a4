import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const send = /*#__PURE__*/ createServerReference("z6gL1OM6vhfWQsUJP9YtOlshHKtWhSW0mbVlRr1V1oXrywmbApu9mQ", callServer, undefined, findSourceMapURL, "send");
//# sourceMappingURL=actions.cjs.map
