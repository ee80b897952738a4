'use server';
import { protectedAction } from '@acme/actions';
import { requireStaff, session } from '@acme/auth';
import { repo } from '@acme/orm';
import { check } from '@acme/validate';

export async function staffOnly(id: string) {
  requireStaff();
  return repo.items.find(check(id));
}

export async function sessionChecked() {
  const s = await session();
  if (!s) throw new Error('no session');
  return 1;
}

export const wrapped = protectedAction(async () => 2);
