export default function Page({ id }: { id: string }) {
  class Api { static { Object.defineProperty(this, "save", { value: $$ACTION_Page$Api$save.bind(null, encryptActionBoundArgs("z6gLzBaOTDDQ0pPD00hMLcOlpRhTV-JfoFNm2LB3YcbWu6uMh7cnB_3ZCGArF1m6_LCq-p-gGw", () => [id])), writable: true, configurable: true }); } static { Object.defineProperty(this, "constructor", { value: $$ACTION_Page$Api$constructor.bind(null, encryptActionBoundArgs("z6gLSuLdhQOf1r_tHl77SK1eV1IeRy5WYbpw9N_UKRQQniesnxwxbH7FfnnbwJwg-kObCTaavfUp-0sO9ZA", () => [id])), writable: true, configurable: true }); }
    declare static save: (...args: any[]) => Promise<any>;
    
  }
  return <form action={Api.save}>{String(Api.constructor)}</form>;
}

export async function $$ACTION_Page$Api$save($$bound: unknown, value: string) {
      'use server'; const [id] = await decryptActionBoundArgs("z6gLzBaOTDDQ0pPD00hMLcOlpRhTV-JfoFNm2LB3YcbWu6uMh7cnB_3ZCGArF1m6_LCq-p-gGw", $$bound) as [({ id: string })["id"]];
      return [id, value];
    }
export async function $$ACTION_Page$Api$constructor($$bound: unknown) {
      'use server'; const [id] = await decryptActionBoundArgs("z6gLSuLdhQOf1r_tHl77SK1eV1IeRy5WYbpw9N_UKRQQniesnxwxbH7FfnnbwJwg-kObCTaavfUp-0sO9ZA", $$bound) as [({ id: string })["id"]];
      return id;
    }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$Api$save, "z6gLzBaOTDDQ0pPD00hMLcOlpRhTV-JfoFNm2LB3YcbWu6uMh7cnB_3ZCGArF1m6_LCq-p-gGw", "$$ACTION_Page$Api$save");
registerServerReference($$ACTION_Page$Api$constructor, "z6gLSuLdhQOf1r_tHl77SK1eV1IeRy5WYbpw9N_UKRQQniesnxwxbH7FfnnbwJwg-kObCTaavfUp-0sO9ZA", "$$ACTION_Page$Api$constructor");
//# sourceMappingURL=page.tsx.map
