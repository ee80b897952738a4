'use strict'; export var topLevel = /*#__PURE__*/ createServerReference("z6gLePYtKRZ2WZEYwrgu0sU_3nXeC961mely4sRBhzO-Vij1l_bZ8RxQZ78qjfzCy6U", callServer, undefined, findSourceMapURL, "$$ACTION_topLevel");




export default function Page({ id, limit }: { id: string; limit: number }) {
  'use strict'; var remove = /*#__PURE__*/ createServerReference("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", callServer, undefined, findSourceMapURL, "$$ACTION_Page$remove");
  const save = /*#__PURE__*/ createServerReference("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", callServer, undefined, findSourceMapURL, "$$ACTION_Page$save")
  const recurse = /*#__PURE__*/ createServerReference("z6gLQjEHDV_hruosslvfdMOwtXO6o4njcC7mL0OBe7h1zer2H2L7mVKllaVLKDU_VquZwKfE", callServer, undefined, findSourceMapURL, "$$ACTION_Page$recurse")
  return [save, recurse, remove, topLevel]

  
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
