import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth';

// Redirects when there is no user: a caller need not check anything.
export async function requireUser() {
  const session = await auth();
  if (!session?.user) redirect('/login');
  return session.user;
}

// The user or null: a caller must check.
export async function currentUserOrNull() {
  const session = await auth();
  return session?.user ?? null;
}
