import { secretDb } from '../lib/secret';

export default function Page({ id }: { id: string }) { var remove = $$ACTION_Page$remove.bind(null, encryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", () => [id, SECRET_QUERY]));
  const SECRET_QUERY = 'DELETE FROM posts WHERE id = ?';
  
  return <form action={remove} />;
}

export async function $$ACTION_Page$remove($$bound: unknown) {
    'use server'; const [id, SECRET_QUERY] = await decryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", $$bound) as [({ id: string })["id"], any];
    const inner = $$ACTION_Page$remove$inner.bind(null, encryptActionBoundArgs("z6gLzMdvzrnnUpkH0OKfDnDXv0ZSam-HJR3wjkoM5z_3Vqur0SqeFylvpRcsxKFnWC5ucp3Caz9Vfoo", () => [id]));
    return secretDb.run(SECRET_QUERY, id, 'OUTER_SECRET_MARKER', inner);
  }
export async function $$ACTION_Page$remove$inner($$bound: unknown) {
      'use server'; const [id] = await decryptActionBoundArgs("z6gLzMdvzrnnUpkH0OKfDnDXv0ZSam-HJR3wjkoM5z_3Vqur0SqeFylvpRcsxKFnWC5ucp3Caz9Vfoo", $$bound) as [({ id: string })["id"]];
      return secretDb.run('INNER_SECRET_MARKER', id);
    }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$remove, "z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", "$$ACTION_Page$remove");
registerServerReference($$ACTION_Page$remove$inner, "z6gLzMdvzrnnUpkH0OKfDnDXv0ZSam-HJR3wjkoM5z_3Vqur0SqeFylvpRcsxKFnWC5ucp3Caz9Vfoo", "$$ACTION_Page$remove$inner");
//# sourceMappingURL=page.tsx.map
