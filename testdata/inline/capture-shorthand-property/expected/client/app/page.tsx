export default function Page({ id, slug }: { id: string; slug: string }) {
  const act = /*#__PURE__*/ createServerReference("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", callServer, undefined, findSourceMapURL, "$$ACTION_Page$act");
  return <form action={act} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
