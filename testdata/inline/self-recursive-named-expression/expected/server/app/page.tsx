export default function Page({ base }: { base: number }) {
  const fact = $$ACTION_Page$fact.bind(null, encryptActionBoundArgs("z6gLGFL04VhTDhF9sXsxnS_sf2Nm6fzype4I0kvxjFv4-tVR7qsPH3yHAMejsK7MVMFb", () => [base]));
  return <form action={fact.bind(null, 5)} />;
}

export async function $$ACTION_Page$fact($$bound: unknown, n: number): Promise<number> {
    'use server'; const [base] = await decryptActionBoundArgs("z6gLGFL04VhTDhF9sXsxnS_sf2Nm6fzype4I0kvxjFv4-tVR7qsPH3yHAMejsK7MVMFb", $$bound) as [({ base: number })["base"]]; const loop = $$ACTION_Page$fact.bind(null, $$bound);
    return n <= 1 ? base : n * (await loop(n - 1));
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$fact, "z6gLGFL04VhTDhF9sXsxnS_sf2Nm6fzype4I0kvxjFv4-tVR7qsPH3yHAMejsK7MVMFb", "$$ACTION_Page$fact");
//# sourceMappingURL=page.tsx.map
