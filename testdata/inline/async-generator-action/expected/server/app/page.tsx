export default function Page({ limit }: { limit: number }) { var stream = $$ACTION_Page$stream.bind(null, encryptActionBoundArgs("z6gLNbs6tN5xEKRgSGhcn44Rwd0-QmqbfM_HajwxzS0KuAQ9_wqCFALzoMRd9JlRF0zzsMs", () => [limit]));
  
  const ticks = $$ACTION_Page$ticks.bind(null, encryptActionBoundArgs("z6gL3M6JTts8tVNGhYKPGR7xUPHgYM1gOGNVK746581HVotfUDnOz1oGgnpS4IVBabjOCw", () => [limit]));
  return [stream, ticks];
}

export async function* $$ACTION_Page$stream($$bound: unknown, from: number) {
    'use server'; const [limit] = await decryptActionBoundArgs("z6gLNbs6tN5xEKRgSGhcn44Rwd0-QmqbfM_HajwxzS0KuAQ9_wqCFALzoMRd9JlRF0zzsMs", $$bound) as [({ limit: number })["limit"]];
    for (let i = from; i < limit; i++) yield i;
  }
export async function* $$ACTION_Page$ticks($$bound: unknown) {
    'use server'; const [limit] = await decryptActionBoundArgs("z6gL3M6JTts8tVNGhYKPGR7xUPHgYM1gOGNVK746581HVotfUDnOz1oGgnpS4IVBabjOCw", $$bound) as [({ limit: number })["limit"]];
    yield limit;
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$stream, "z6gLNbs6tN5xEKRgSGhcn44Rwd0-QmqbfM_HajwxzS0KuAQ9_wqCFALzoMRd9JlRF0zzsMs", "$$ACTION_Page$stream");
registerServerReference($$ACTION_Page$ticks, "z6gL3M6JTts8tVNGhYKPGR7xUPHgYM1gOGNVK746581HVotfUDnOz1oGgnpS4IVBabjOCw", "$$ACTION_Page$ticks");
//# sourceMappingURL=page.tsx.map
