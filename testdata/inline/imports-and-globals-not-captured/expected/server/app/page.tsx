import { db } from '../lib/db';
import * as log from '../lib/log';
import Default from '../lib/log';

const TABLE = 'posts';
let counter = 0;
function helper(x: string) {
  return x.trim();
}
class Repo {}

export default function Page({ id }: { id: string }) {
  const save = $$ACTION_Page$save.bind(null, encryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", () => [id]));
  return <form action={save} />;
}

export async function $$ACTION_Page$save($$bound: unknown) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", $$bound) as [({ id: string })["id"]];
    counter = counter + 1;
    log.info(Default, new Repo(), helper(TABLE));
    console.log(JSON.stringify({ at: Date.now(), env: process.env.NODE_ENV, undeclaredGlobal }));
    return db.save(TABLE, id);
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$save, "z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", "$$ACTION_Page$save");
//# sourceMappingURL=page.tsx.map
