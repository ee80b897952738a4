export function List({ ids }: { ids: string[] }) {
  return (
    <>
      <form action={$$ACTION_List$action.bind(null, encryptActionBoundArgs("z6gLB0eBB9sK9SRkmJo9C7ghK2peYtC4vGlN4Wm3RVV-aNtFiW9ySQkhDf_rZzkyR4oGN9k", () => [ids]))} />
      <form action={$$ACTION_List$action_2.bind(null, encryptActionBoundArgs("z6gLjVFgUc82xYxIX66dq_LNqPLcZRH2TgRCbzEbJ0e3CIxm3VurU_RsBgxmX1fX1Z1dnEOOQw", () => [ids]))} />
      <button formAction={$$ACTION_List$formAction.bind(null, encryptActionBoundArgs("z6gLsMKLyp61D37bblz9QUYY_Zva9w3i3KCh2IGKuol8n1VR6fa9bhW8jA-JkBle1y3GehZErpVR", () => [ids]))} />
      <form action={$$ACTION_List$action_3} />
    </>
  );
}

export function Detail({ id }: { id: string }) {
  return <form action={$$ACTION_Detail$action.bind(null, encryptActionBoundArgs("z6gL9_MkNAocEFjCrcCW7tEkgfNDtkieVEl2RB9mYEkZuXYFTeZ2XbSwVl_HECpecXyW6EjA8A", () => [id]))} />;
}

export async function $$ACTION_List$action($$bound: unknown) { 'use server'; const [ids] = await decryptActionBoundArgs("z6gLB0eBB9sK9SRkmJo9C7ghK2peYtC4vGlN4Wm3RVV-aNtFiW9ySQkhDf_rZzkyR4oGN9k", $$bound) as [({ ids: string[] })["ids"]]; return ids[0]; }
export async function $$ACTION_List$action_2($$bound: unknown) { 'use server'; const [ids] = await decryptActionBoundArgs("z6gLjVFgUc82xYxIX66dq_LNqPLcZRH2TgRCbzEbJ0e3CIxm3VurU_RsBgxmX1fX1Z1dnEOOQw", $$bound) as [({ ids: string[] })["ids"]]; return ids[1]; }
export async function $$ACTION_List$formAction($$bound: unknown) { 'use server'; const [ids] = await decryptActionBoundArgs("z6gLsMKLyp61D37bblz9QUYY_Zva9w3i3KCh2IGKuol8n1VR6fa9bhW8jA-JkBle1y3GehZErpVR", $$bound) as [({ ids: string[] })["ids"]]; return ids.length; }
export async function $$ACTION_List$action_3() { 'use server'; return 'static'; }
export async function $$ACTION_Detail$action($$bound: unknown) { 'use server'; const [id] = await decryptActionBoundArgs("z6gL9_MkNAocEFjCrcCW7tEkgfNDtkieVEl2RB9mYEkZuXYFTeZ2XbSwVl_HECpecXyW6EjA8A", $$bound) as [({ id: string })["id"]]; return id; }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_List$action, "z6gLB0eBB9sK9SRkmJo9C7ghK2peYtC4vGlN4Wm3RVV-aNtFiW9ySQkhDf_rZzkyR4oGN9k", "$$ACTION_List$action");
registerServerReference($$ACTION_List$action_2, "z6gLjVFgUc82xYxIX66dq_LNqPLcZRH2TgRCbzEbJ0e3CIxm3VurU_RsBgxmX1fX1Z1dnEOOQw", "$$ACTION_List$action_2");
registerServerReference($$ACTION_List$formAction, "z6gLsMKLyp61D37bblz9QUYY_Zva9w3i3KCh2IGKuol8n1VR6fa9bhW8jA-JkBle1y3GehZErpVR", "$$ACTION_List$formAction");
registerServerReference($$ACTION_List$action_3, "z6gLo41ItX2B4o3uks6Vn8Df7DHkT6D6AWyFEDHUI3iuJFf2orr0i9y4ksh_O-JQifuzEGIJ7Q", "$$ACTION_List$action_3");
registerServerReference($$ACTION_Detail$action, "z6gL9_MkNAocEFjCrcCW7tEkgfNDtkieVEl2RB9mYEkZuXYFTeZ2XbSwVl_HECpecXyW6EjA8A", "$$ACTION_Detail$action");
//# sourceMappingURL=page.tsx.map
