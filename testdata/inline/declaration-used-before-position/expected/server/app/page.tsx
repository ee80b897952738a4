export default function Page({ id }: { id: string }) { var save = $$ACTION_Page$save.bind(null, encryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", () => [prefix, id]));
  const handlers = { save };
  const form = <form action={save} />;
  const prefix = 'item-';
  
  return [handlers, form];
}

export async function $$ACTION_Page$save($$bound: unknown) {
    'use server'; const [prefix, id] = await decryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", $$bound) as [any, ({ id: string })["id"]];
    return prefix + id;
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$save, "z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", "$$ACTION_Page$save");
//# sourceMappingURL=page.tsx.map
