'use server'

export const send = async (message, channel) => ({ message, channel })

import { registerServerReference } from "actionc/server";
registerServerReference(send, "z6gLg00E2CdiGV1ValiRALWbdWNl5qt_47QqY4pAxI6ymPLMIaGIsA", "send");
//# sourceMappingURL=actions.mjs.map
