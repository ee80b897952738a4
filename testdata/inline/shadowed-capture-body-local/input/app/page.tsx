import { db } from '../lib/db';

export default function Page({ id }: { id: string }) {
  const label = 'outer';
  async function rename(form: FormData) {
    'use server';
    const label = String(form.get('label'));
    await db.rename(id, label);
  }
  return <form action={rename}>{label}</form>;
}
