import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export default /*#__PURE__*/ createServerReference("z6gLlIrhJmugWCYF_79SUpNg9Blc9SBckfn8D-p_etS07ZuY9HlpgkS6ygZjg_B1f116cCB6", callServer, undefined, findSourceMapURL, "default");
export const refundAll = /*#__PURE__*/ createServerReference("z6gLhc37-lHjxIc1z4Af9PKmZ-Ug4sICUE-BKy_Dfj8XpVBVfd1JhAXKuEw2DXHd8IQfUjLKF_0", callServer, undefined, findSourceMapURL, "refundAll");
export const upgradePlan = /*#__PURE__*/ createServerReference("z6gL8j6okSU5fF4064H2Jgvh4LX8ct4wxcUvnRO-6D69C_SDSXUHS7g3z_U-XQzK5iODm9ympIKpFQ", callServer, undefined, findSourceMapURL, "upgradePlan");
//# sourceMappingURL=billing.ts.map
