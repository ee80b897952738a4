export default function Page() {
  const state = { count: 0, tags: [] as string[] };
  let local = 0;
  const act = /*#__PURE__*/ createServerReference("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", callServer, undefined, findSourceMapURL, "$$ACTION_Page$act");
  return <form action={act}>{local}</form>;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
