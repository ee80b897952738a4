'use server'

export const like = async (postId: string) => {
  return postId.length
}

export const ping = async () => 'pong'

import { registerServerReference } from "actionc/server";
registerServerReference(like, "z6gLN2YnJJh1CmpEIFl51l_DfttKGpe6Lgv71t3YF5Vb_yR_mZZ4", "like");
registerServerReference(ping, "z6gLnB4-ifujsWbTP4YXk_lhEDwVAjiAytE8uwGRcoywN7C7_bCZ", "ping");
//# sourceMappingURL=actions.ts.map
