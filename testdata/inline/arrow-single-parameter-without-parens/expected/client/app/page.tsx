export default function Page({ id }: { id: string }) {
  const act = /*#__PURE__*/ createServerReference("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", callServer, undefined, findSourceMapURL, "$$ACTION_Page$act");
  const bare = /*#__PURE__*/ createServerReference("z6gL81FuaEHzTQHImz33ZFAfVH-Ug5qZURDSesBO9TEGrGNgDszW_OKMjNwbvUkNEk_5", callServer, undefined, findSourceMapURL, "$$ACTION_Page$bare");
  return [act, bare];
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
