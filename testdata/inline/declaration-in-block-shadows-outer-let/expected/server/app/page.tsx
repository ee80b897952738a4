export default function Page({ id }: { id: string }) {
  let purge = 'label';
  { let purge = $$ACTION_Page$purge.bind(null, encryptActionBoundArgs("z6gLIvJL3PEO2LBXwkPi-ohY1a2KL2gd3saL0bW9_hHHL6oaejXeIUM1464LxrD0RUhb0g", () => [id]));
    
    console.log(purge);
  }
  return purge;
}

export async function $$ACTION_Page$purge($$bound: unknown) {
      'use server'; const [id] = await decryptActionBoundArgs("z6gLIvJL3PEO2LBXwkPi-ohY1a2KL2gd3saL0bW9_hHHL6oaejXeIUM1464LxrD0RUhb0g", $$bound) as [({ id: string })["id"]];
      return id;
    }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$purge, "z6gLIvJL3PEO2LBXwkPi-ohY1a2KL2gd3saL0bW9_hHHL6oaejXeIUM1464LxrD0RUhb0g", "$$ACTION_Page$purge");
//# sourceMappingURL=page.tsx.map
