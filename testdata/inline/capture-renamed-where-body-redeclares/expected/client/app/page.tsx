export default function Page({ user }: { user: { id: string } }) {
  return /*#__PURE__*/ createServerReference("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", callServer, undefined, findSourceMapURL, "$$ACTION_Page$action")
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
