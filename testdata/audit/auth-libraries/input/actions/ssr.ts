'use server';
import { redirect } from 'next/navigation';
import { createClient } from '@/lib/supabase/server';

export async function supabaseGetUser() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect('/login');
}

// updateUser acts on the session's own user, and fails without one.
export async function supabaseUpdateName(formData: FormData) {
  const supabase = await createClient();
  const { error } = await supabase.auth.updateUser({ data: { name: String(formData.get('name')) } });
  if (error) return { error: error.message };
  return { ok: true };
}
