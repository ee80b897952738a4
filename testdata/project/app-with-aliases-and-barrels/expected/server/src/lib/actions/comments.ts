'use server';
import { db } from "@/lib/db";
export async function addComment(formData: FormData) { return db.query("comment", formData.get("text")); }
export async function removeComment(id: number) { return db.query("uncomment", id); }

import { registerServerReference } from "actionc/server";
registerServerReference(addComment, "z6gLbnMUXYKEgwhSL35b1so_VqnPTg7YTWSSPwAEJAb5J_839FQFLwunAYYC9laJqOlae9yjo_NooA", "addComment");
registerServerReference(removeComment, "z6gLbD04PJu7SE8ITq-DS-KFDxHYI6bYpIpFX5RQQHfjC-Gs-c7DyrjiIdJHAZ6rauqJmk9UC-8BJ_W9bA", "removeComment");
//# sourceMappingURL=comments.ts.map
