

export default function Page({ id }: { id: string }) { var rename = /*#__PURE__*/ createServerReference("z6gLIDGxAAe9toYUMqGldUHv37kxXGPyq4v-A1YwhCrdSi3GqYAJTogt64Qt6aQlSHZytCQ", callServer, undefined, findSourceMapURL, "$$ACTION_Page$rename");
  const label = 'outer';
  
  return <form action={rename}>{label}</form>;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
