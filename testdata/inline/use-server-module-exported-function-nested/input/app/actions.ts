'use server';
import { db } from '../lib/db';

const table = 'posts';

export async function makeDeleter(id: string) {
  const reason = 'user';
  async function remove() {
    'use server';
    await db.remove(table, id, reason);
  }
  return remove;
}
