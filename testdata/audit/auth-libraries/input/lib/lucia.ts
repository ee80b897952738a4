import { Lucia } from 'lucia';
import { cookies } from 'next/headers';
import { cache } from 'react';

export const lucia = new Lucia({} as never);

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});
