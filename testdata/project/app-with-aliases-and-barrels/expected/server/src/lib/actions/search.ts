'use server';
import { db } from "@/lib/db";
export async function searchPosts(q: string) { return db.query("search", q); }
export async function reindex() { return db.query("reindex"); }

import { registerServerReference } from "actionc/server";
registerServerReference(searchPosts, "z6gLdCCIkO1gLmS-FpMXhRwrVR5EEv-HsMV6gw-2V-EbF9XhVsgQIO6uo4G4o4i6ytUkIq0xx4UO", "searchPosts");
//# sourceMappingURL=search.ts.map
