'use server';
import { auth } from '@clerk/nextjs/server';
import { z } from 'zod';
import { database } from '@/lib/drizzle';
import { client } from '@/lib/prisma';
import { sql } from '@/lib/sql';

const Id = z.string();

// A Prisma client made in another module, its result returned whole.
export async function getPost(id: string) {
  await auth.protect();
  return client.post.findUnique({ where: { id: Id.parse(id) } });
}

// Drizzle, through a constant.
export async function listPosts() {
  await auth.protect();
  const rows = await database.select().from({} as never);
  return rows;
}

// postgres.js's tagged template.
export async function countPosts() {
  await auth.protect();
  return await sql`select count(*) from posts`;
}

// Shaped before it is returned: only what the client needs.
export async function postTitles() {
  await auth.protect();
  const rows = await client.post.findMany();
  return rows.flatMap((row: { title: string }) => [row.title]);
}

export async function postSummary(id: string) {
  await auth.protect();
  const post = await client.post.findUnique({ where: { id: Id.parse(id) } });
  return { title: post?.title };
}
