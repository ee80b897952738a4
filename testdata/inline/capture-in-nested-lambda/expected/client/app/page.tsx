export default function Page({ items, offset }: { items: number[]; offset: number }) {
  const total = /*#__PURE__*/ createServerReference("z6gLCGi1FKyIRLuoYMUZJuQgixXm1lTmZj2jdlQcn3c_6Eg_ahYVHWIxr1Yy4VosXReOGA", callServer, undefined, findSourceMapURL, "$$ACTION_Page$total");
  return <form action={total} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
