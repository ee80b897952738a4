import { createServerClient } from '@supabase/ssr';
import { cookies } from 'next/headers';

export async function createClient() {
  const cookieStore = await cookies();
  return createServerClient('url', 'key', { cookies: { getAll: () => cookieStore.getAll() } });
}
