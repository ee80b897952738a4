import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const luciaValidateRequest = /*#__PURE__*/ createServerReference("z6gLiBry_A4Bg4i9ewzmDGdznf5UZ1SMa9TaFJfr0twoFx2obqutgiJAa4DW5R0lUUQO82o4paJW", callServer, undefined, findSourceMapURL, "luciaValidateRequest");
//# sourceMappingURL=lucia.ts.map
