'use server'

async function remove(id: string, force?: boolean) {
  return { id, force }
}

export default remove

import { registerServerReference } from "actionc/server";
registerServerReference(remove, "z6gLOxx0y_FfJc1O5gYC0ZFIF8BiYuBt8hBNbcCvd8HFDmj5ekAifeCH", "default");
//# sourceMappingURL=actions.ts.map
