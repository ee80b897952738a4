export default function Page({ ids }: { ids: string[] }) {
  const forms = [];
  for (const id of ids) { let remove = $$ACTION_Page$remove.bind(null, encryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", () => [id]));
    forms.push(<form key={id} action={remove} />);
    
  }
  return forms;
}

export async function $$ACTION_Page$remove($$bound: unknown) {
      'use server'; const [id] = await decryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", $$bound) as [any];
      return id;
    }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$remove, "z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", "$$ACTION_Page$remove");
//# sourceMappingURL=page.tsx.map
