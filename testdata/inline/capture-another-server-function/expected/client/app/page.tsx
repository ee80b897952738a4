export default function Page({ id }: { id: string }) { var remove = /*#__PURE__*/ createServerReference("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", callServer, undefined, findSourceMapURL, "$$ACTION_Page$remove");
  const save = /*#__PURE__*/ createServerReference("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", callServer, undefined, findSourceMapURL, "$$ACTION_Page$save")
  
  // Another action is a server reference: it may be captured (the capture codec carries it).
  return /*#__PURE__*/ createServerReference("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", callServer, undefined, findSourceMapURL, "$$ACTION_Page$action")
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
