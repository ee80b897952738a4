'use server';
import { db } from "@/lib/db";
import { audit } from "@/lib/db/audit";

export async function createPost(title: string) { await audit("create"); return db.query("insert", title); }
export async function deletePost(id: number) { return db.query("delete", id); }
export async function archivePost(id: number) { return db.query("archive", id); }
export async function debugDump() { return db.query("select *"); }

import { registerServerReference } from "actionc/server";
registerServerReference(createPost, "z6gLRzaGaV-4u6u9A4R71l3-Ds46MX9TfQE8zhQ9gJlmzpPr6IVJszcErq-4QJ1NqCO2LD9CHg", "createPost");
registerServerReference(deletePost, "z6gLwJfeQmmrsEOg1RMlHMfeRVuvT3yUYqT_OSB1ZL1fwF38An_Lt3oPf-nFNNQk4-hQ0ZlxaA", "deletePost");
//# sourceMappingURL=posts.ts.map
