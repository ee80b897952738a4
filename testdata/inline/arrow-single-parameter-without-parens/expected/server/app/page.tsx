export default function Page({ id }: { id: string }) {
  const act = $$ACTION_Page$act.bind(null, encryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", () => [id]));
  const bare = $$ACTION_Page$bare.bind(null, encryptActionBoundArgs("z6gL81FuaEHzTQHImz33ZFAfVH-Ug5qZURDSesBO9TEGrGNgDszW_OKMjNwbvUkNEk_5", () => [id]));
  return [act, bare];
}

export async function $$ACTION_Page$act($$bound: unknown, data: any) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", $$bound) as [({ id: string })["id"]];
    return [id, data];
  }
export async function $$ACTION_Page$bare($$bound: unknown, data: any) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gL81FuaEHzTQHImz33ZFAfVH-Ug5qZURDSesBO9TEGrGNgDszW_OKMjNwbvUkNEk_5", $$bound) as [({ id: string })["id"]];
    return [id, data];
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$act, "z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", "$$ACTION_Page$act");
registerServerReference($$ACTION_Page$bare, "z6gL81FuaEHzTQHImz33ZFAfVH-Ug5qZURDSesBO9TEGrGNgDszW_OKMjNwbvUkNEk_5", "$$ACTION_Page$bare");
//# sourceMappingURL=page.tsx.map
