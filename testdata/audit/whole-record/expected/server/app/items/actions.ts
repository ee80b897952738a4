'use server';
import { auth } from '@clerk/nextjs/server';
import type { Post } from '@prisma/client';
import { z } from 'zod';
import { type Settings, User } from '@/lib/schema';

interface Item { id: string; title: string; done: boolean }
type Changes = { title: string; done: boolean };
type State = { error?: string };
const ItemSchema = z.object({ id: z.string(), title: z.string(), done: z.boolean() });

// The seed guide's counter-example: the client sends the whole row.
export async function completeItemUnsafe(item: Item) {
  await auth.protect();
  return ItemSchema.parse(item).id;
}

// What it should be: the ID, and the change.
export async function completeItem(id: string, changes: Changes) {
  await auth.protect();
  return z.string().parse(id) + JSON.stringify(z.object({ title: z.string(), done: z.boolean() }).parse(changes));
}

// An ORM row type (Prisma).
export async function savePost(post: Post | null) {
  await auth.protect();
  return z.object({ id: z.string() }).parse(post).id;
}

// An ORM row type from another module (Drizzle's $inferSelect), in an array.
export async function saveUsers(users: User[]) {
  await auth.protect();
  return z.array(z.object({ id: z.string() })).parse(users).length;
}

// A record type without an ID, an inline object type, a schema's type: not records.
export async function saveSettings(settings: Settings, draft: { id: string; title: string }, data: z.infer<typeof ItemSchema>) {
  await auth.protect();
  return [z.object({}).parse(settings), z.object({}).parse(draft), ItemSchema.parse(data)];
}

// useActionState's previous state is the action's own last return.
export async function submit(prevState: State, formData: FormData) {
  await auth.protect();
  return { error: z.string().parse(formData.get('title')) ? undefined : prevState.error };
}

import { registerServerReference } from "actionc/server";
registerServerReference(completeItem, "z6gL7K5fkEJR5aaQ83JXsvrPQQAGhBEC5NO_F52mDCFqiAeZHAMlue7cKV3gXbPROGf5ZME", "completeItem");
registerServerReference(completeItemUnsafe, "z6gL3gIJZBB82s72EHI-9-CzVRh_rjsGNZnwZDBSxh7QsdC7CGF5KvIWMhfylJaW8Gr-RX7lSVxx-6E", "completeItemUnsafe");
registerServerReference(savePost, "z6gLCV099dzjGBT_8LhFzrapdh_zHBWUnUKJVhGQ8d66a29PyKyE-cT6KKfXPaVxiA", "savePost");
registerServerReference(saveSettings, "z6gLT2sbgaBOuTgVmY81MY4DtgdoOJ1VopyVQlx6HS1uMeEnfbUXRKzjplXBEKPNDzyXxiA", "saveSettings");
registerServerReference(saveUsers, "z6gLnUSm91pP_CLpbLT_bmBaL-28x_hKwUJtRX_QDVHKF44LaHG8QZX7_mI0XZn5Uig", "saveUsers");
registerServerReference(submit, "z6gLCUrI6teh7F_5g433jJroObiDwFB5u40H8UWxGj5ypQcH5X7CDvaElpUDx9k", "submit");
//# sourceMappingURL=actions.ts.map
