export default function Page({ id }: { id: string }) {
  const outer = $$ACTION_Page$outer.bind(null, encryptActionBoundArgs("z6gLeGNmuR7rGsHMSrfT_LI96oaXKuUR_CPDmb40Q_rdq08YI81st-r73ZjkjdA56sEL9Q", () => [id]));
  return <form action={outer} />;
}

export async function $$ACTION_Page$outer($$bound: unknown, note: string) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gLeGNmuR7rGsHMSrfT_LI96oaXKuUR_CPDmb40Q_rdq08YI81st-r73ZjkjdA56sEL9Q", $$bound) as [({ id: string })["id"]];
    const stamp = Date.now();
    const inner = $$ACTION_Page$outer$inner.bind(null, encryptActionBoundArgs("z6gLa7EyEcP5oDWQVqj8h1Uy9umZoDwW9extTV5a8lVNLhhEKRUbJnpCaFn_nEUW6tDH9gIUi1DobQ", () => [id, note, stamp]));
    return inner;
  }
export async function $$ACTION_Page$outer$inner($$bound: unknown) {
      'use server'; const [id, note, stamp] = await decryptActionBoundArgs("z6gLa7EyEcP5oDWQVqj8h1Uy9umZoDwW9extTV5a8lVNLhhEKRUbJnpCaFn_nEUW6tDH9gIUi1DobQ", $$bound) as [({ id: string })["id"], (string), any];
      return [id, note, stamp];
    }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$outer, "z6gLeGNmuR7rGsHMSrfT_LI96oaXKuUR_CPDmb40Q_rdq08YI81st-r73ZjkjdA56sEL9Q", "$$ACTION_Page$outer");
registerServerReference($$ACTION_Page$outer$inner, "z6gLa7EyEcP5oDWQVqj8h1Uy9umZoDwW9extTV5a8lVNLhhEKRUbJnpCaFn_nEUW6tDH9gIUi1DobQ", "$$ACTION_Page$outer$inner");
//# sourceMappingURL=page.tsx.map
