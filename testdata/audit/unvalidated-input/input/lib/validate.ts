import { z } from 'zod';

const Post = z.object({ title: z.string().min(1) });

// A function of the project that validates what it is given.
export function parsePost(input: unknown) {
  return Post.parse(input);
}
