export default async function Page(
  { user: { id }, ...rest }: any,
  [first = 'x', second]: string[],
) {
  const actions = [];
  for (const item of rest.items) {
    actions.push(/*#__PURE__*/ createServerReference("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", callServer, undefined, findSourceMapURL, "$$ACTION_Page$action"));
  }
  try {
    await Promise.resolve();
  } catch (err) {
    actions.push(/*#__PURE__*/ createServerReference("z6gL-oTovt4gKHUlgpWi0GKAUDsvlD2qjOLX-IaQGH1RHFFL5awgig_4jJgvaV89DoQGYMWruw", callServer, undefined, findSourceMapURL, "$$ACTION_Page$action_2"));
  }
  for (let i = 0, [a] = [1]; i < 2; i++) {
    actions.push(/*#__PURE__*/ createServerReference("z6gLmjX7mCuvPGm1p1_Xm7YOe0wSks_G5pDEOH6ZhJ1CZAsgH_gAJAC11jmSG0-uBMUm6VbMig", callServer, undefined, findSourceMapURL, "$$ACTION_Page$action_3"));
  }
  return actions;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
