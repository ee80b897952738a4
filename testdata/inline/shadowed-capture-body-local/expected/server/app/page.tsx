import { db } from '../lib/db';

export default function Page({ id }: { id: string }) { var rename = $$ACTION_Page$rename.bind(null, encryptActionBoundArgs("z6gLIDGxAAe9toYUMqGldUHv37kxXGPyq4v-A1YwhCrdSi3GqYAJTogt64Qt6aQlSHZytCQ", () => [id]));
  const label = 'outer';
  
  return <form action={rename}>{label}</form>;
}

export async function $$ACTION_Page$rename($$bound: unknown, form: FormData) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gLIDGxAAe9toYUMqGldUHv37kxXGPyq4v-A1YwhCrdSi3GqYAJTogt64Qt6aQlSHZytCQ", $$bound) as [({ id: string })["id"]];
    const label = String(form.get('label'));
    await db.rename(id, label);
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$rename, "z6gLIDGxAAe9toYUMqGldUHv37kxXGPyq4v-A1YwhCrdSi3GqYAJTogt64Qt6aQlSHZytCQ", "$$ACTION_Page$rename");
//# sourceMappingURL=page.tsx.map
