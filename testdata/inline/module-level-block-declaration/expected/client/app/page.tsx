let fromBlock: unknown
{ let blockAction = /*#__PURE__*/ createServerReference("z6gLOdCIhCvF1Rk64NOClQ-JPnofmcmszNmJYvhRsXhVljXZSGQXnYe9lqzBgUKqp94WyGE", callServer, undefined, findSourceMapURL, "$$ACTION_blockAction");
  
  fromBlock = blockAction
}
export default function Page() {
  return fromBlock
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
