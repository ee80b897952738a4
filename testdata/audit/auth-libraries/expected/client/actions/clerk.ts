import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const clerkAuth = /*#__PURE__*/ createServerReference("z6gLQiSiIWIBC7zNU8u3Nt7_UcnCgztYMrolVl9FW0AeJ-iIxkdY_x7uWiyvxw", callServer, undefined, findSourceMapURL, "clerkAuth");
export const clerkCurrentUser = /*#__PURE__*/ createServerReference("z6gLs6EA5snpHF01crd--CsPY_giUYLlqe_xTx4IrMOwgqvhFEa6Ntb2Rby0QN9Iz_AdUdU", callServer, undefined, findSourceMapURL, "clerkCurrentUser");
export const clerkProtect = /*#__PURE__*/ createServerReference("z6gLwgHrcHvMZBggCRpLWCcGHUbum5SSBq2ybbK2yukhPitRphU0AoES-j1LC4Es-Q", callServer, undefined, findSourceMapURL, "clerkProtect");
//# sourceMappingURL=clerk.ts.map
