'use server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth-options';

export async function nextAuthV4() {
  const session = await getServerSession(authOptions);
  if (!session) return { error: 'Unauthorized' };
  return { ok: true };
}
