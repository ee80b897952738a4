import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const defaults = /*#__PURE__*/ createServerReference("z6gL_ne3H34HRftY4MUvZ0UxW2x-5As8k1vRt0MrigaB_kVXXnvtFgnKng", callServer, undefined, findSourceMapURL, "defaults");
export const destructured = /*#__PURE__*/ createServerReference("z6gLqorn8-_M8C0JbkhwheH2z8Lth8gcNdUuBqdSo3aUdXP63TymhH7R1Vh-JDA", callServer, undefined, findSourceMapURL, "destructured");
export const none = /*#__PURE__*/ createServerReference("z6gLE0sJxmoeZVuqV9ZARqnyK3LBlphWxc3wkmFwBLg8eUIiqKta", callServer, undefined, findSourceMapURL, "none");
export const rest = /*#__PURE__*/ createServerReference("z6gLA_l-pdvz_lOs0qRH50d3ubYSEGnl8QVb1i7P-ZqD3eLSalW6", callServer, undefined, findSourceMapURL, "rest");
//# sourceMappingURL=actions.ts.map
