export default function Page({ id }: { id: string }) { var pick = /*#__PURE__*/ createServerReference("z6gLFWXYicId5O8b1Ot0fK8W5QICMhG0gxcuI2544aooM53wmBoIxHzv-g0scAFEQYl2", callServer, undefined, findSourceMapURL, "$$ACTION_Page$pick");
  
  const first = /*#__PURE__*/ createServerReference("z6gLLsCpZPC3dWj5ArOIS8WXNaXxGXVE-ypgD4R78XqIF7Ttp38GLUkJPzpk9hm0OsAJyg", callServer, undefined, findSourceMapURL, "$$ACTION_Page$first");
  return [pick, first];
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
