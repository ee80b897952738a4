import { load } from './actions'

export default function Page({ id }: { id: string }) { var save = $$ACTION_Page$save.bind(null, encryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", () => [id]));
  
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

export async function $$ACTION_Page$save($$bound: unknown) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", $$bound) as [({ id: string })["id"]];
    return load(id)
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$save, "z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", "$$ACTION_Page$save");
//# sourceMappingURL=page.tsx.map
