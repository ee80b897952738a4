'use server'

async function a(x: number) {
  return x
}

const b = async (y: number, z: number) => y + z

export { a, b as c }

import { registerServerReference } from "actionc/server";
registerServerReference(a, "z6gLgDs0_EcKbURCLozTCeyN7IkdIfrBGLG_xrd6407D0x9r", "a");
registerServerReference(b, "z6gLnduenMtcz9hXlAuGUvGUJDRjLNrDP1aSRWzR413wCh-u", "c");
//# sourceMappingURL=actions.ts.map
