'use server'

export namespace Shapes {
  export type Point = { x: number; y: number }
  export interface Line {
    from: Point
    to: Point
  }
}

export async function measure(line: Shapes.Line) {
  return Math.hypot(line.to.x - line.from.x, line.to.y - line.from.y)
}

import { registerServerReference } from "actionc/server";
registerServerReference(measure, "z6gLV7gXgMoG6dDLBWkIOG_7Ws_tHlQXYV00cTTxTBWrwM89tlBHZAcQ", "measure");
//# sourceMappingURL=actions.ts.map
