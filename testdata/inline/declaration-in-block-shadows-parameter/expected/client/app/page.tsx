export default function Page({ id, purge }: { id: string; purge: string }) {
  if (id) { let purge = /*#__PURE__*/ createServerReference("z6gLIvJL3PEO2LBXwkPi-ohY1a2KL2gd3saL0bW9_hHHL6oaejXeIUM1464LxrD0RUhb0g", callServer, undefined, findSourceMapURL, "$$ACTION_Page$purge");
    
    console.log(purge);
  }
  return purge;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
