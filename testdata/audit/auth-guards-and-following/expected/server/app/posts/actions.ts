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

import { registerServerReference } from "actionc/server";
registerServerReference(archivePost, "z6gLfnXiTecpQB1vtLbhQpKUdj2I8yk4bZQprfKHOnBmex5bmBr4p8CVF0YhisSmBk_dTQ", "archivePost");
registerServerReference(deletePost, "z6gLq7SsVq_bsSLq2lz80McuoYJIEmPb0BNtQe9McxSCSlHuZk7-k1-SQNsaVBlsUDl4", "deletePost");
registerServerReference(likePost, "z6gL8YNbX1yHo0a9SqHn8oNoMEcM9Vd6vWLCEzZDdcc00X4FmdFWe5svrhjiSc-RxA", "likePost");
registerServerReference(peekPost, "z6gLYXUczxdNGNZg0geeslkzhupXWyToOeQ-O4VFBSKTXpMbWCs5ozVOie56UykFyg", "peekPost");
registerServerReference(pinPost, "z6gLrnzFqXGVcsyT14rGjWl_TGFgJqPB59EcNLePlNuZb_Sks_ltKMuM1Wp7Eddk", "pinPost");
registerServerReference(purgePost, "z6gLG4Q7D8Bfu3I4oZssvauyjkjFJFLGBwLVeCS2XoIn72hPxaqdq6LSx-jXTb3jaxE", "purgePost");
registerServerReference(renamePost, "z6gLY2QS_73i8ISRHJ3mBx7TgmLuhGL7ANMMPYdKnQbpgasaZf-_2kfoQN-r4VEdIxwR", "renamePost");
registerServerReference(reportPost, "z6gLOvLXHYiDhW4_1zBTIK66tCtp10wtZ6fIHuZ3FuYUrvLvu1CHMw9zWyzHe8SoGtaw", "reportPost");
registerServerReference(sharePost, "z6gLxFhxdG0OH0JUBbOWUXu8dwIcNpB52v_03__2fPtRtSlAB5rcLDqv71dlLLRt1B4", "sharePost");
registerServerReference(startSignUp, "z6gLKS4Czw_P8UfHUaaTExVDKScTeBcBtHnh9ycmkPCJ2kSYk62SYiSt-tKhWv4bPoMrBw", "startSignUp");
//# sourceMappingURL=actions.ts.map
