'use server';
import { db } from '../lib/db';

const table = 'posts';

export async function makeDeleter(id: string) { var remove = $$ACTION_makeDeleter$remove.bind(null, encryptActionBoundArgs("z6gL-MnbR3HbPFT7Hs2k_DIL0SaIWpBjX8j0pTkApHfKAKGGOcdNQFrAPfRB2ihKthVnh1fmsp1dB6iPiNs", () => [id, reason]));
  const reason = 'user';
  
  return remove;
}

export async function $$ACTION_makeDeleter$remove($$bound: unknown) {
    'use server'; const [id, reason] = await decryptActionBoundArgs("z6gL-MnbR3HbPFT7Hs2k_DIL0SaIWpBjX8j0pTkApHfKAKGGOcdNQFrAPfRB2ihKthVnh1fmsp1dB6iPiNs", $$bound) as [(string), any];
    await db.remove(table, id, reason);
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference(makeDeleter, "z6gLJ7Fzx3rycNC7h7YYtH29jozj9H3DALI9-DM3E3iRx2XfsA_IJtbxQBN7_g", "makeDeleter");
registerServerReference($$ACTION_makeDeleter$remove, "z6gL-MnbR3HbPFT7Hs2k_DIL0SaIWpBjX8j0pTkApHfKAKGGOcdNQFrAPfRB2ihKthVnh1fmsp1dB6iPiNs", "$$ACTION_makeDeleter$remove");
//# sourceMappingURL=actions.ts.map
