export default async function Page(
  { user: { id }, ...rest }: any,
  [first = 'x', second]: string[],
) {
  const actions = [];
  for (const item of rest.items) {
    actions.push($$ACTION_Page$action.bind(null, encryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", () => [id, rest, first, second, item])));
  }
  try {
    await Promise.resolve();
  } catch (err) {
    actions.push($$ACTION_Page$action_2.bind(null, encryptActionBoundArgs("z6gL-oTovt4gKHUlgpWi0GKAUDsvlD2qjOLX-IaQGH1RHFFL5awgig_4jJgvaV89DoQGYMWruw", () => [err])));
  }
  for (let i = 0, [a] = [1]; i < 2; i++) {
    actions.push($$ACTION_Page$action_3.bind(null, encryptActionBoundArgs("z6gLmjX7mCuvPGm1p1_Xm7YOe0wSks_G5pDEOH6ZhJ1CZAsgH_gAJAC11jmSG0-uBMUm6VbMig", () => [i, a])));
  }
  return actions;
}

export async function $$ACTION_Page$action($$bound: unknown) {
      'use server'; const [id, rest, first, second, item] = await decryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", $$bound) as [(any)["user"]["id"], any, Exclude<(string[])[0], undefined>, (string[])[1], any];
      return [id, rest, first, second, item];
    }
export async function $$ACTION_Page$action_2($$bound: unknown) {
      'use server'; const [err] = await decryptActionBoundArgs("z6gL-oTovt4gKHUlgpWi0GKAUDsvlD2qjOLX-IaQGH1RHFFL5awgig_4jJgvaV89DoQGYMWruw", $$bound) as [any];
      return String(err);
    }
export async function $$ACTION_Page$action_3($$bound: unknown) {
      'use server'; const [i, a] = await decryptActionBoundArgs("z6gLmjX7mCuvPGm1p1_Xm7YOe0wSks_G5pDEOH6ZhJ1CZAsgH_gAJAC11jmSG0-uBMUm6VbMig", $$bound) as [any, any];
      return i + a;
    }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$action, "z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", "$$ACTION_Page$action");
registerServerReference($$ACTION_Page$action_2, "z6gL-oTovt4gKHUlgpWi0GKAUDsvlD2qjOLX-IaQGH1RHFFL5awgig_4jJgvaV89DoQGYMWruw", "$$ACTION_Page$action_2");
registerServerReference($$ACTION_Page$action_3, "z6gLmjX7mCuvPGm1p1_Xm7YOe0wSks_G5pDEOH6ZhJ1CZAsgH_gAJAC11jmSG0-uBMUm6VbMig", "$$ACTION_Page$action_3");
//# sourceMappingURL=page.tsx.map
