export default function Page({ limit }: { limit: number }) { var search = /*#__PURE__*/ createServerReference("z6gL5TrH9wEAKyrS0vtTL4nYyOqpoLJUmkU8Y7QCme9FwMSbr2AaKeQiu4IE0_oPa-PfEk8", callServer, undefined, findSourceMapURL, "$$ACTION_Page$search");
  
  return <form action={search} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
