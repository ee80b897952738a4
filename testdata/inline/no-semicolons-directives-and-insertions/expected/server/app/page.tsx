'use strict'
import { db } from './db'

export async function topLevel(id: string) {
  'use server'
  return db.find(id)
}

export default function Page({ id, limit }: { id: string; limit: number }) {
  'use strict'; var remove = $$ACTION_Page$remove.bind(null, encryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", () => [id]));
  const save = $$ACTION_Page$save.bind(null, encryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", () => [id]))
  const recurse = $$ACTION_Page$recurse.bind(null, encryptActionBoundArgs("z6gLQjEHDV_hruosslvfdMOwtXO6o4njcC7mL0OBe7h1zer2H2L7mVKllaVLKDU_VquZwKfE", () => [limit]))
  return [save, recurse, remove, topLevel]

  
}

export { topLevel as $$ACTION_topLevel };
export async function $$ACTION_Page$save($$bound: unknown, note: string) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", $$bound) as [({ id: string; limit: number })["id"]]; // saves a note
    return db.save(id, note)
  }
export async function $$ACTION_Page$recurse($$bound: unknown, n: number): Promise<number> {
    'use server'; const [limit] = await decryptActionBoundArgs("z6gLQjEHDV_hruosslvfdMOwtXO6o4njcC7mL0OBe7h1zer2H2L7mVKllaVLKDU_VquZwKfE", $$bound) as [({ id: string; limit: number })["limit"]]; const again = $$ACTION_Page$recurse.bind(null, $$bound);
    return n <= 0 ? limit : again(n - 1)
  }
export async function $$ACTION_Page$remove($$bound: unknown) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", $$bound) as [({ id: string; limit: number })["id"]];
    /* no semicolon above */
    return db.remove(id)
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference(topLevel, "z6gLePYtKRZ2WZEYwrgu0sU_3nXeC961mely4sRBhzO-Vij1l_bZ8RxQZ78qjfzCy6U", "$$ACTION_topLevel");
registerServerReference($$ACTION_Page$save, "z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", "$$ACTION_Page$save");
registerServerReference($$ACTION_Page$recurse, "z6gLQjEHDV_hruosslvfdMOwtXO6o4njcC7mL0OBe7h1zer2H2L7mVKllaVLKDU_VquZwKfE", "$$ACTION_Page$recurse");
registerServerReference($$ACTION_Page$remove, "z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", "$$ACTION_Page$remove");
//# sourceMappingURL=page.tsx.map
