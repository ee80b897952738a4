import { db } from '../lib/db';

export default function Page() {
  return <form action={logout}>{String(typeof refresh)}</form>;
}

async function logout(form: FormData) {
  'use server';
  await db.logout(form);
}

export async function refresh() {
  'use server';
  return logout(new FormData());
}
