'use server'

function logged(target: unknown, context: unknown) {
  return target
}

@logged
class Repo {
  @logged
  async save(v: string) {
    return v
  }
}

export async function store(v: string) {
  return new Repo().save(v)
}

import { registerServerReference } from "actionc/server";
registerServerReference(store, "z6gLZSNP_1N3N3XbZpsy1x9kYyzcKj2HI8WzPhDNqnlOHrEEjJIjiw", "store");
//# sourceMappingURL=actions.ts.map
