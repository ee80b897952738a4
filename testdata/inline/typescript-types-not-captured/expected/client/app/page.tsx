type Mode = 'a' | 'b';
interface Row {
  id: string;
}

export default function Page({ id, config, limit }: { id: string; config: { mode: Mode }; limit: number }) {
  type Local = typeof config.mode;
  const template = { size: 1 };
  const act = /*#__PURE__*/ createServerReference("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", callServer, undefined, findSourceMapURL, "$$ACTION_Page$act");
  return <form action={act} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
