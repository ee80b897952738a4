// A comment inside an export list is a child of the list like its specifiers (issue 16:
// the client layer's import pruning read every child as a specifier and crashed).
import { db } from './db';

const limit = 10;
export { limit /* rows per page */, db as store, /* trailing */ };

export async function save(x) {
  'use server';
  return db.put(x, limit);
}

export { save as $$ACTION_save };
import { registerServerReference } from "actionc/server";
registerServerReference(save, "z6gLrMNdsE3spuu_XW2lq8diGcQtnp-gzZ-zY5cX0ADWeizDyE8aTgkW2aja", "$$ACTION_save");
//# sourceMappingURL=page.js.map
