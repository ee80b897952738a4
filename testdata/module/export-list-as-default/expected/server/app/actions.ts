'use server'

async function submit(form: FormData) {
  return form
}

export { submit as default }

import { registerServerReference } from "actionc/server";
registerServerReference(submit, "z6gLOxx0y_FfJc1O5gYC0ZFIF8BiYuBt8hBNbcCvd8HFDmj5ekAifeCH", "default");
//# sourceMappingURL=actions.ts.map
