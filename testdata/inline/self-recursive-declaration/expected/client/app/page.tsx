export default function Page({ depth }: { depth: number }) { var countdown = /*#__PURE__*/ createServerReference("z6gLxPIEUyUykZAyLMQzd0asGfTbZ9JM5LZHpqMjyOGS3I1WqNl3U3ZptpUld6zs52_2Dy3Wq9Y", callServer, undefined, findSourceMapURL, "$$ACTION_Page$countdown");
  
  return <form action={countdown.bind(null, 3)} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
