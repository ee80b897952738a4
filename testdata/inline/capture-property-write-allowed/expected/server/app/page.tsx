export default function Page() {
  const state = { count: 0, tags: [] as string[] };
  let local = 0;
  const act = $$ACTION_Page$act.bind(null, encryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", () => [state]));
  return <form action={act}>{local}</form>;
}

export async function $$ACTION_Page$act($$bound: unknown) {
    'use server'; const [state] = await decryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", $$bound) as [any];
    state.count = state.count + 1;
    state.tags[0] = 'x';
    let local = 1;
    local += 1;
    return [state, local];
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$act, "z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", "$$ACTION_Page$act");
//# sourceMappingURL=page.tsx.map
