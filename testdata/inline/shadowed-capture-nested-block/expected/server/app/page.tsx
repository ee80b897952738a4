export default function Page({ id, tag }: { id: string; tag: string }) {
  const save = $$ACTION_Page$save.bind(null, encryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", () => [id]));
  return <form action={save}>{tag}</form>;
}

export async function $$ACTION_Page$save($$bound: unknown) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", $$bound) as [({ id: string; tag: string })["id"]];
    {
      const tag = 'inner';
      console.log(tag);
    }
    if (id) {
      let id = 1;
      console.log(id);
    }
    return id;
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$save, "z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", "$$ACTION_Page$save");
//# sourceMappingURL=page.tsx.map
