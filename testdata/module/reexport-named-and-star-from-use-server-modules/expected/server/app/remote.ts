'use server'

export async function remote(a: number) {}

export async function other() {}

import { registerServerReference } from "actionc/server";
registerServerReference(other, "z6gLTt0oUv7sQQ_WYuVrjnso3Z_YaaFoknJtF3vCiuENX9QIqKxX", "other");
registerServerReference(remote, "z6gLS0VOoI7PYW5CkrlwNUv_H8LLtTCglezmk8KhuPwTsDiesS6cIQ", "remote");
//# sourceMappingURL=remote.ts.map
