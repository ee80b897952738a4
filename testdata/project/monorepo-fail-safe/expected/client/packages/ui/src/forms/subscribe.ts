import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const subscribe = /*#__PURE__*/ createServerReference("z6gL4aF_wjTR3m4HDwbTJkCbS7NsSrIaK47RW2h4LU3iU1dfMtRRyoxT1TT_gcncR9azTpSZKzJYHv5ZBVI2sQ", callServer, undefined, findSourceMapURL, "subscribe");
export const unsubscribe = /*#__PURE__*/ createServerReference("z6gLxcA57MJtA-iDLUHG-9-j-OSazDr8d7Bp2E9e41Jqv-4Vyw4ZEJsyEQ2OIAxWeUHd6JQPGXYg0SSIDZsd1iU2", callServer, undefined, findSourceMapURL, "unsubscribe");
//# sourceMappingURL=subscribe.ts.map
