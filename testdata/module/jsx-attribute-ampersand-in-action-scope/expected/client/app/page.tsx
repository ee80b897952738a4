export default function Page({ id }: { id: string }) { var save = /*#__PURE__*/ createServerReference("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", callServer, undefined, findSourceMapURL, "$$ACTION_Page$save");
  const label = <a href="?a=1&b=2">x</a>
  
  return <form action={save} />
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
