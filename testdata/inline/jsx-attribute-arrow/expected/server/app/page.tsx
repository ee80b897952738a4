export default function Page({ id }: { id: string }) {
  return (
    <form
      action={$$ACTION_Page$action.bind(null, encryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", () => [id]))}
    />
  );
}

export async function $$ACTION_Page$action($$bound: unknown, data: FormData) {
        'use server'; const [id] = await decryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", $$bound) as [({ id: string })["id"]];
        console.log(id, data);
      }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$action, "z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", "$$ACTION_Page$action");
//# sourceMappingURL=page.tsx.map
