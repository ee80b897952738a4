'use server'

const $$actionc_default = (async (a: string, b: string) => a + b); export default $$actionc_default;

import { registerServerReference } from "actionc/server";
registerServerReference($$actionc_default, "z6gLOxx0y_FfJc1O5gYC0ZFIF8BiYuBt8hBNbcCvd8HFDmj5ekAifeCH", "default");
//# sourceMappingURL=actions.ts.map
