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

import { registerServerReference } from "actionc/server";
registerServerReference(supabaseGetUser, "z6gLdnDz7kbfpWpC6jI8fDC73C76nTrthcu9V2IcdQWcd3LuHPfOT262tewqRpuzErU", "supabaseGetUser");
registerServerReference(supabaseUpdateName, "z6gLUq8hvl2XtOh-AjAk7rnXMtMgDAvDeaLrjKFKkxbK148M5KfnalqaQPchD2X-6rV9ihY", "supabaseUpdateName");
//# sourceMappingURL=ssr.ts.map
