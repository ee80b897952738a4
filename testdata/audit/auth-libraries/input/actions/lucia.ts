'use server';
import { validateRequest } from '@/lib/lucia';

export async function luciaValidateRequest() {
  const { user } = await validateRequest();
  if (!user) return { error: 'Unauthorized' };
  return { ok: true };
}
