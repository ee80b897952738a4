export default function Page({ id }: { id: string }) {
  const api = {
    save: $$ACTION_Page$save.bind(null, encryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", () => [id])),
    ['computed' + 'Key']: $$ACTION_Page$action.bind(null, encryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", () => [id])),
    label: 'api',
  };
  return <form action={api.save} />;
}

export async function $$ACTION_Page$save($$bound: unknown, value: string) {
      'use server'; const [id] = await decryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", $$bound) as [({ id: string })["id"]];
      return [id, value];
    }
export async function $$ACTION_Page$action($$bound: unknown) {
      'use server'; const [id] = await decryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", $$bound) as [({ id: string })["id"]];
      return id;
    }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$save, "z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", "$$ACTION_Page$save");
registerServerReference($$ACTION_Page$action, "z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", "$$ACTION_Page$action");
//# sourceMappingURL=page.tsx.map
