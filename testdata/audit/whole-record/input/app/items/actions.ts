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
