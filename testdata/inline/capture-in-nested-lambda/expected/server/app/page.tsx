export default function Page({ items, offset }: { items: number[]; offset: number }) {
  const total = $$ACTION_Page$total.bind(null, encryptActionBoundArgs("z6gLCGi1FKyIRLuoYMUZJuQgixXm1lTmZj2jdlQcn3c_6Eg_ahYVHWIxr1Yy4VosXReOGA", () => [items, offset]));
  return <form action={total} />;
}

export async function $$ACTION_Page$total($$bound: unknown) {
    'use server'; const [items, offset] = await decryptActionBoundArgs("z6gLCGi1FKyIRLuoYMUZJuQgixXm1lTmZj2jdlQcn3c_6Eg_ahYVHWIxr1Yy4VosXReOGA", $$bound) as [({ items: number[]; offset: number })["items"], ({ items: number[]; offset: number })["offset"]];
    const shifted = items.map((n) => n + offset);
    function sum(xs: number[]) {
      return xs.reduce((a, b) => a + b + offset, 0);
    }
    return sum(shifted);
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$total, "z6gLCGi1FKyIRLuoYMUZJuQgixXm1lTmZj2jdlQcn3c_6Eg_ahYVHWIxr1Yy4VosXReOGA", "$$ACTION_Page$total");
//# sourceMappingURL=page.tsx.map
