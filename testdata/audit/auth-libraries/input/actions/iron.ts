'use server';
import { getIronSession } from 'iron-session';
import { cookies } from 'next/headers';

type SessionData = { isLoggedIn: boolean };

export async function ironSession() {
  const session = await getIronSession<SessionData>(await cookies(), { password: 'x', cookieName: 's' });
  if (!session.isLoggedIn) throw new Error('Unauthorized');
}
