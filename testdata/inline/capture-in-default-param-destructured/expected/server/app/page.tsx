export default function Page({ fallback }: { fallback: string }) {
  const act = $$ACTION_Page$act.bind(null, encryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", () => [fallback]));
  return <form action={act} />;
}

export async function $$ACTION_Page$act($$bound: unknown, ...$$args: any[]) {
    'use server'; const [fallback] = await decryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", $$bound) as [({ fallback: string })["fallback"]]; var [{ name = fallback }, [first] = [fallback]] = $$args;
    return name + first;
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$act, "z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", "$$ACTION_Page$act");
//# sourceMappingURL=page.tsx.map
