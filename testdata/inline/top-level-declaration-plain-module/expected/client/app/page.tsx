var logout = /*#__PURE__*/ createServerReference("z6gL5Nx66-Tc0CgcTnSYZj6hCi97z32-KlZY2Q8nLxlIFLG0VAJbPmRPlNtPkwmz", callServer, undefined, findSourceMapURL, "$$ACTION_logout");
export var refresh = /*#__PURE__*/ createServerReference("z6gLXjrWzSs6ZpfrUZMpRWJonjtCF0AzW_TG45Pa7b3kSJKCvqGKL0BtL2AgNXUQAA", callServer, undefined, findSourceMapURL, "$$ACTION_refresh");


export default function Page() {
  return <form action={logout}>{String(typeof refresh)}</form>;
}





import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
