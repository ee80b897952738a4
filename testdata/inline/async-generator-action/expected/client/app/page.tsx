export default function Page({ limit }: { limit: number }) { var stream = /*#__PURE__*/ createServerReference("z6gLNbs6tN5xEKRgSGhcn44Rwd0-QmqbfM_HajwxzS0KuAQ9_wqCFALzoMRd9JlRF0zzsMs", callServer, undefined, findSourceMapURL, "$$ACTION_Page$stream");
  
  const ticks = /*#__PURE__*/ createServerReference("z6gL3M6JTts8tVNGhYKPGR7xUPHgYM1gOGNVK746581HVotfUDnOz1oGgnpS4IVBabjOCw", callServer, undefined, findSourceMapURL, "$$ACTION_Page$ticks");
  return [stream, ticks];
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
