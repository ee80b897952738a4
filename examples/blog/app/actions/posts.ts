'use server';

import { db } from "@/lib/db";
import { requireText } from "@/lib/validate";

export type FormState = { error?: string; createdId?: number };

export async function createPost(previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const title = requireText(formData.get("title"), "title");
    const body = requireText(formData.get("body"), "body");
    const post = await db.insertPost(title, body);
    return { createdId: post.id };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export const deletePost = async (id: number): Promise<void> => {
  await db.deletePost(id);
};

// Nothing imports this one: actionc strips it, so it gets no public endpoint.
export async function purgeAllPosts(): Promise<void> {
  for (const post of await db.listPosts()) await db.deletePost(post.id);
}
