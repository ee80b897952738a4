export default function Page({ id }: { id: string }) { var pick = $$ACTION_Page$pick.bind(null, encryptActionBoundArgs("z6gLFWXYicId5O8b1Ot0fK8W5QICMhG0gxcuI2544aooM53wmBoIxHzv-g0scAFEQYl2", () => [id]));
  
  const first = $$ACTION_Page$first;
  return [pick, first];
}

export async function $$ACTION_Page$pick<T extends { id: string }, K extends keyof T = keyof T>($$bound: unknown, rows: T[], key: K): Promise<T[K][]> {
    'use server'; const [id] = await decryptActionBoundArgs("z6gLFWXYicId5O8b1Ot0fK8W5QICMhG0gxcuI2544aooM53wmBoIxHzv-g0scAFEQYl2", $$bound) as [({ id: string })["id"]];
    return rows.filter((r) => r.id === id).map((r) => r[key]);
  }
export async function $$ACTION_Page$first<T,>(xs: readonly T[], fallback?: T): Promise<T | undefined> {
    'use server';
    return xs[0] ?? fallback;
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$pick, "z6gLFWXYicId5O8b1Ot0fK8W5QICMhG0gxcuI2544aooM53wmBoIxHzv-g0scAFEQYl2", "$$ACTION_Page$pick");
registerServerReference($$ACTION_Page$first, "z6gLLsCpZPC3dWj5ArOIS8WXNaXxGXVE-ypgD4R78XqIF7Ttp38GLUkJPzpk9hm0OsAJyg", "$$ACTION_Page$first");
//# sourceMappingURL=page.tsx.map
