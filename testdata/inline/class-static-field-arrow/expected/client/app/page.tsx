export default function Page({ id }: { id: string }) {
  class Api {
    static remove = /*#__PURE__*/ createServerReference("z6gLJHcXWrWakxfMe7e0S9BMmmPc5T2eNsStYr3qhniqXFYuO6WhsohWMZdTgU_3d_NOg3OUlPz-", callServer, undefined, findSourceMapURL, "$$ACTION_Page$Api$remove");
  }
  return <form action={Api.remove} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
