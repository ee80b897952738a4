'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { authedAction } from '@/lib/authed-action';
import { updatePostRow } from '@/lib/posts';
import { actionClient, authActionClient } from '@/lib/safe-action';
import { currentUserOrNull, requireUser } from '@/lib/session';

const Id = z.string().uuid();

// The seed guide's pattern.
export async function deletePost(id: string) {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
  await updatePostRow(Id.parse(id), session.user.id ?? '');
}

// Through a function of another module that redirects when there is no user.
export async function archivePost(id: string) {
  await requireUser();
  await updatePostRow(Id.parse(id), 'archive');
}

// A getter whose result is tested.
export async function renamePost(id: string) {
  const user = await currentUserOrNull();
  if (!user) return { error: 'Sign in first' };
  await updatePostRow(Id.parse(id), user.id ?? '');
}

// A getter whose result is never tested.
export async function pinPost(id: string) {
  const user = await currentUserOrNull();
  await updatePostRow(Id.parse(id), user?.id ?? '');
}

// No check at all.
export async function purgePost(id: string) {
  await updatePostRow(Id.parse(id), 'purge');
}

// The check comes only after a return that hands back data.
export async function peekPost(id: string) {
  const post = await updatePostRow(Id.parse(id), 'peek');
  if (post) return post;
  await requireUser();
}

// Demands that there is no session (a sign-up form): not an authentication check.
export async function startSignUp() {
  const session = await auth();
  if (session) redirect('/');
  redirect('/sign-up');
}

// Created by a wrapper of the project that checks.
export const likePost = authedAction(async (id: string) => {
  await updatePostRow(Id.parse(id), 'like');
});

// Created by a next-safe-action client whose middleware checks.
export const sharePost = authActionClient
  .schema(z.object({ id: z.string() }))
  .action(async ({ parsedInput }) => {
    await updatePostRow(parsedInput.id, 'share');
  });

// Created by the client without that middleware.
export const reportPost = actionClient
  .schema(z.object({ id: z.string() }))
  .action(async ({ parsedInput }) => {
    await updatePostRow(parsedInput.id, 'report');
  });
