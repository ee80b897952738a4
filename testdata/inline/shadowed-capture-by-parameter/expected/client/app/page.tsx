export default function Page({ id, name }: { id: string; name: string }) { var update = /*#__PURE__*/ createServerReference("z6gLbyIH3mf2ysRa48AVUZ77Pws_T3Ov0At5CstfA1ZDj5kAim8Rtd4SFtEJ0ua_NMjcejs", callServer, undefined, findSourceMapURL, "$$ACTION_Page$update");
  
  return <form action={update.bind(null, name)}>{id}</form>;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
