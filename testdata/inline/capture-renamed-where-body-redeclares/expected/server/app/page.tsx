export default function Page({ user }: { user: { id: string } }) {
  return $$ACTION_Page$action.bind(null, encryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", () => [user]))
}

export async function $$ACTION_Page$action($$bound: unknown, ...$$args: any[]) {
    'use server'; const [$$captured_user] = await decryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", $$bound) as [({ user: { id: string } })["user"]]; var [id = $$captured_user.id] = $$args;
    const user = { id: 'inner' }
    return `${id}:${user.id}`
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$action, "z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", "$$ACTION_Page$action");
//# sourceMappingURL=page.tsx.map
