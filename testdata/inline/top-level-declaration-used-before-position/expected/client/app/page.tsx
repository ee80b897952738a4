var logout = /*#__PURE__*/ createServerReference("z6gL5Nx66-Tc0CgcTnSYZj6hCi97z32-KlZY2Q8nLxlIFLG0VAJbPmRPlNtPkwmz", callServer, undefined, findSourceMapURL, "$$ACTION_logout");
export const routes = { logout };

export default function Page() {
  return <form action={routes.logout} />;
}



import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
