export default function Page({ id }: { id: string }) {
  const act = /*#__PURE__*/ createServerReference("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", callServer, undefined, findSourceMapURL, "$$ACTION_Page$act");
  const suffix = '-v2';
  return <form action={act} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
