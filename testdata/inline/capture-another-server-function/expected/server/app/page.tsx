export default function Page({ id }: { id: string }) { var remove = $$ACTION_Page$remove.bind(null, encryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", () => [id]));
  const save = $$ACTION_Page$save.bind(null, encryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", () => [id]))
  
  // Another action is a server reference: it may be captured (the capture codec carries it).
  return $$ACTION_Page$action.bind(null, encryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", () => [save, remove]))
}

export async function $$ACTION_Page$save($$bound: unknown, note: string) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", $$bound) as [({ id: string })["id"]];
    return id + note
  }
export async function $$ACTION_Page$remove($$bound: unknown) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", $$bound) as [({ id: string })["id"]];
    return id
  }
export async function $$ACTION_Page$action($$bound: unknown) {
    'use server'; const [save, remove] = await decryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", $$bound) as [any, any];
    return [await save('x'), await remove()]
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$save, "z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", "$$ACTION_Page$save");
registerServerReference($$ACTION_Page$remove, "z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", "$$ACTION_Page$remove");
registerServerReference($$ACTION_Page$action, "z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", "$$ACTION_Page$action");
//# sourceMappingURL=page.tsx.map
