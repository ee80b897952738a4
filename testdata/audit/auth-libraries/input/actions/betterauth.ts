'use server';
import { headers } from 'next/headers';
import { auth } from '@/lib/better-auth';

export async function betterAuthSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error('Unauthorized');
}
