type SaveFn = (form: FormData, attempt: number) => Promise<string>

export default function Page({ id }: { id: string }) {
  type Local = { id: string }
  const save: SaveFn = /*#__PURE__*/ createServerReference("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", callServer, undefined, findSourceMapURL, "$$ACTION_Page$save")
  const local = /*#__PURE__*/ createServerReference("z6gLs5ElvPfVYdjFJNlV6YJyk52eLfCzK5bxDx5IXIDDbPOKpjwsoKbJeRA08Ofaulcjbw", callServer, undefined, findSourceMapURL, "$$ACTION_Page$local")
  return [save, local, <form action={/*#__PURE__*/ createServerReference("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", callServer, undefined, findSourceMapURL, "$$ACTION_Page$action")} />]
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
