export default function Page({ id }: { id: string }) {
  class Api {
    static remove = $$ACTION_Page$Api$remove.bind(null, encryptActionBoundArgs("z6gLJHcXWrWakxfMe7e0S9BMmmPc5T2eNsStYr3qhniqXFYuO6WhsohWMZdTgU_3d_NOg3OUlPz-", () => [id]));
  }
  return <form action={Api.remove} />;
}

export async function $$ACTION_Page$Api$remove($$bound: unknown, key: string) {
      'use server'; const [id] = await decryptActionBoundArgs("z6gLJHcXWrWakxfMe7e0S9BMmmPc5T2eNsStYr3qhniqXFYuO6WhsohWMZdTgU_3d_NOg3OUlPz-", $$bound) as [({ id: string })["id"]];
      return [id, key];
    }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$Api$remove, "z6gLJHcXWrWakxfMe7e0S9BMmmPc5T2eNsStYr3qhniqXFYuO6WhsohWMZdTgU_3d_NOg3OUlPz-", "$$ACTION_Page$Api$remove");
//# sourceMappingURL=page.tsx.map
