

export default function Page({ id }: { id: string }) { var save = /*#__PURE__*/ createServerReference("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", callServer, undefined, findSourceMapURL, "$$ACTION_Page$save");
  
  return (
    <footer>
      <a href="https://example.com/?utm_source=app&utm_medium=footer">Terms & Conditions</a>
      <form action={save} />
    </footer>
  )
}

export function Card<out T>(props: { value: T }) {
  return <p title="R&D">{String(props.value)}</p>
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
