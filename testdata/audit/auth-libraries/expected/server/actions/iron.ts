'use server';
import { getIronSession } from 'iron-session';
import { cookies } from 'next/headers';

type SessionData = { isLoggedIn: boolean };

export async function ironSession() {
  const session = await getIronSession<SessionData>(await cookies(), { password: 'x', cookieName: 's' });
  if (!session.isLoggedIn) throw new Error('Unauthorized');
}

import { registerServerReference } from "actionc/server";
registerServerReference(ironSession, "z6gLSwoSIYTnT15exSfX8GZyReKiiGl0bkL_HFWOr8hGp4NjxxowKO3KOYgS9pY", "ironSession");
//# sourceMappingURL=iron.ts.map
