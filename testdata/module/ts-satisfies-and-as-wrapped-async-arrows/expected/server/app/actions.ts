'use server'

type Action = (form: FormData) => Promise<void>

export const viaSatisfies = (async (form: FormData) => {
  form.get('a')
}) satisfies Action

export const viaAs = (async (form: FormData, extra: number) => {
  form.get('b')
}) as Action

import { registerServerReference } from "actionc/server";
registerServerReference(viaAs, "z6gL8hXJscLry3lagYp-LPmW_gz8KTcPup1cBAj_cP0MnaQ3o3Qw9w", "viaAs");
registerServerReference(viaSatisfies, "z6gLCbH8fZqVVjBDiTylkIZDPzabmg9khu5U7nMpMFkkjKieZbo5hchipa71uHM", "viaSatisfies");
//# sourceMappingURL=actions.ts.map
