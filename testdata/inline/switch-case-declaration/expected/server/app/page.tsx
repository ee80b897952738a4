export default function Page({ kind, id }: { kind: string; id: string }) {
  const remove = 'shadowed by the declaration in the switch'
  { let remove = $$ACTION_Page$remove.bind(null, encryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", () => [id])); switch (kind) {
    case 'early':
      return remove
    case 'declared':
      
      return remove
    default:
      return null
  } }
}

export async function $$ACTION_Page$remove($$bound: unknown) {
        'use server'; const [id] = await decryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", $$bound) as [({ kind: string; id: string })["id"]];
        return `removed ${id}`
      }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$remove, "z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", "$$ACTION_Page$remove");
//# sourceMappingURL=page.tsx.map
