export default function Page({ id }: { id: string }) {
  const outer = /*#__PURE__*/ createServerReference("z6gLeGNmuR7rGsHMSrfT_LI96oaXKuUR_CPDmb40Q_rdq08YI81st-r73ZjkjdA56sEL9Q", callServer, undefined, findSourceMapURL, "$$ACTION_Page$outer");
  return <form action={outer} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
