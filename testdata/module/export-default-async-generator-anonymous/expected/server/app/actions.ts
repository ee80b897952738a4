'use server'

export default async function* $$actionc_default(limit: number) {
  for (let i = 0; i < limit; i++) yield i
}

import { registerServerReference } from "actionc/server";
registerServerReference($$actionc_default, "z6gLOxx0y_FfJc1O5gYC0ZFIF8BiYuBt8hBNbcCvd8HFDmj5ekAifeCH", "default");
//# sourceMappingURL=actions.ts.map
