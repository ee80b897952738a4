export default function Page({ id, slug }: { id: string; slug: string }) {
  const act = $$ACTION_Page$act.bind(null, encryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", () => [id, slug]));
  return <form action={act} />;
}

export async function $$ACTION_Page$act($$bound: unknown) {
    'use server'; const [id, slug] = await decryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", $$bound) as [({ id: string; slug: string })["id"], ({ id: string; slug: string })["slug"]];
    return { id, slug, other: { slug } };
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$act, "z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", "$$ACTION_Page$act");
//# sourceMappingURL=page.tsx.map
