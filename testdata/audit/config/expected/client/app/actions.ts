import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const sessionChecked = /*#__PURE__*/ createServerReference("z6gL_fYLC6x5vy4w9o_OzK4XYRIBjTlndBNi-zx5PbPdvqSskMQPqNvNw9pX2YEg3A", callServer, undefined, findSourceMapURL, "sessionChecked");
export const staffOnly = /*#__PURE__*/ createServerReference("z6gL3Gl49XoriSfKq61jOhOYbRpwy9oH7B5hK2_-ePIp8Dg_RFaVmLWAM4I", callServer, undefined, findSourceMapURL, "staffOnly");
export const wrapped = /*#__PURE__*/ createServerReference("z6gLGvBG-SqP84Y51J2syR9npSJ9uDRfsLjMwP5I3TyN3CXsDA8BrUDU", callServer, undefined, findSourceMapURL, "wrapped");
//# sourceMappingURL=actions.ts.map
