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
