'use server'

export default async function $$actionc_default(data: FormData) {
  return data.has('x')
}

import { registerServerReference } from "actionc/server";
registerServerReference($$actionc_default, "z6gLOxx0y_FfJc1O5gYC0ZFIF8BiYuBt8hBNbcCvd8HFDmj5ekAifeCH", "default");
//# sourceMappingURL=actions.ts.map
