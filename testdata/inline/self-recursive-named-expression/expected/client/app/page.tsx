export default function Page({ base }: { base: number }) {
  const fact = /*#__PURE__*/ createServerReference("z6gLGFL04VhTDhF9sXsxnS_sf2Nm6fzype4I0kvxjFv4-tVR7qsPH3yHAMejsK7MVMFb", callServer, undefined, findSourceMapURL, "$$ACTION_Page$fact");
  return <form action={fact.bind(null, 5)} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
