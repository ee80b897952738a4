'use server';
// '@/auth' is not a module of this project: the default configuration knows Auth.js's
// conventional place for `auth` all the same.
import { auth } from '@/auth';

export async function authFromConventionalModule() {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
}
