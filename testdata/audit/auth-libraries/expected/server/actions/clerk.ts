'use server';
import { auth, currentUser } from '@clerk/nextjs/server';
import { redirect } from 'next/navigation';

export async function clerkAuth() {
  const { userId } = await auth();
  if (!userId) throw new Error('Unauthorized');
}

export async function clerkProtect() {
  await auth.protect();
}

export async function clerkCurrentUser() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
}

import { registerServerReference } from "actionc/server";
registerServerReference(clerkAuth, "z6gLQiSiIWIBC7zNU8u3Nt7_UcnCgztYMrolVl9FW0AeJ-iIxkdY_x7uWiyvxw", "clerkAuth");
registerServerReference(clerkCurrentUser, "z6gLs6EA5snpHF01crd--CsPY_giUYLlqe_xTx4IrMOwgqvhFEa6Ntb2Rby0QN9Iz_AdUdU", "clerkCurrentUser");
registerServerReference(clerkProtect, "z6gLwgHrcHvMZBggCRpLWCcGHUbum5SSBq2ybbK2yukhPitRphU0AoES-j1LC4Es-Q", "clerkProtect");
//# sourceMappingURL=clerk.ts.map
