export default function Page({ id, admin }: { id: string; admin: boolean }) {
  if (admin) { let purge = $$ACTION_Page$purge.bind(null, encryptActionBoundArgs("z6gLIvJL3PEO2LBXwkPi-ohY1a2KL2gd3saL0bW9_hHHL6oaejXeIUM1464LxrD0RUhb0g", () => [id]));
    const form = <form action={purge} />;
    
    return form;
  }
  return null;
}

export async function $$ACTION_Page$purge($$bound: unknown) {
      'use server'; const [id] = await decryptActionBoundArgs("z6gLIvJL3PEO2LBXwkPi-ohY1a2KL2gd3saL0bW9_hHHL6oaejXeIUM1464LxrD0RUhb0g", $$bound) as [({ id: string; admin: boolean })["id"]];
      return id;
    }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$purge, "z6gLIvJL3PEO2LBXwkPi-ohY1a2KL2gd3saL0bW9_hHHL6oaejXeIUM1464LxrD0RUhb0g", "$$ACTION_Page$purge");
//# sourceMappingURL=page.tsx.map
