export default function Page({ id }: { id: string }) {
  class Api { static { Object.defineProperty(this, "save", { value: /*#__PURE__*/ createServerReference("z6gLzBaOTDDQ0pPD00hMLcOlpRhTV-JfoFNm2LB3YcbWu6uMh7cnB_3ZCGArF1m6_LCq-p-gGw", callServer, undefined, findSourceMapURL, "$$ACTION_Page$Api$save"), writable: true, configurable: true }); } static { Object.defineProperty(this, "constructor", { value: /*#__PURE__*/ createServerReference("z6gLSuLdhQOf1r_tHl77SK1eV1IeRy5WYbpw9N_UKRQQniesnxwxbH7FfnnbwJwg-kObCTaavfUp-0sO9ZA", callServer, undefined, findSourceMapURL, "$$ACTION_Page$Api$constructor"), writable: true, configurable: true }); }
    declare static save: (...args: any[]) => Promise<any>;
    
  }
  return <form action={Api.save}>{String(Api.constructor)}</form>;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
