export default function Page({ depth }: { depth: number }) { var countdown = $$ACTION_Page$countdown.bind(null, encryptActionBoundArgs("z6gLxPIEUyUykZAyLMQzd0asGfTbZ9JM5LZHpqMjyOGS3I1WqNl3U3ZptpUld6zs52_2Dy3Wq9Y", () => [depth]));
  
  return <form action={countdown.bind(null, 3)} />;
}

export async function $$ACTION_Page$countdown($$bound: unknown, n: number): Promise<number> {
    'use server'; const [depth] = await decryptActionBoundArgs("z6gLxPIEUyUykZAyLMQzd0asGfTbZ9JM5LZHpqMjyOGS3I1WqNl3U3ZptpUld6zs52_2Dy3Wq9Y", $$bound) as [({ depth: number })["depth"]]; const countdown = $$ACTION_Page$countdown.bind(null, $$bound);
    return n <= 0 ? depth : countdown(n - 1);
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$countdown, "z6gLxPIEUyUykZAyLMQzd0asGfTbZ9JM5LZHpqMjyOGS3I1WqNl3U3ZptpUld6zs52_2Dy3Wq9Y", "$$ACTION_Page$countdown");
//# sourceMappingURL=page.tsx.map
