import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export default /*#__PURE__*/ createServerReference("z6gLOxx0y_FfJc1O5gYC0ZFIF8BiYuBt8hBNbcCvd8HFDmj5ekAifeCH", callServer, undefined, findSourceMapURL, "default");
//# sourceMappingURL=actions.ts.map
