export default function Page({ user, settings, keys, k }: any) {
  const act = $$ACTION_Page$act.bind(null, encryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", () => [user, settings, keys, k]));
  return <form action={act} />;
}

export async function $$ACTION_Page$act($$bound: unknown) {
    'use server'; const [user, settings, keys, k] = await decryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", $$bound) as [(any)["user"], (any)["settings"], (any)["keys"], (any)["k"]];
    const a = user.profile.name;
    const b = settings?.theme?.color;
    const c = keys[k];
    const d = user.profile['id'];
    return [a, b, c, d];
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$act, "z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", "$$ACTION_Page$act");
//# sourceMappingURL=page.tsx.map
