export default function Page({ id, admin }: { id: string; admin: boolean }) {
  if (admin) { let purge = /*#__PURE__*/ createServerReference("z6gLIvJL3PEO2LBXwkPi-ohY1a2KL2gd3saL0bW9_hHHL6oaejXeIUM1464LxrD0RUhb0g", callServer, undefined, findSourceMapURL, "$$ACTION_Page$purge");
    const form = <form action={purge} />;
    
    return form;
  }
  return null;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
