'use server';
import { headers } from 'next/headers';
import { auth } from '@/lib/better-auth';

export async function betterAuthSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error('Unauthorized');
}

import { registerServerReference } from "actionc/server";
registerServerReference(betterAuthSession, "z6gLTLdBtv72f6BujCbbiVpT6zPX7nf1sa-PnGSKVDJ3W5Svlm7AgABcOd7INycrjdn2uArRb4TqaKU", "betterAuthSession");
//# sourceMappingURL=betterauth.ts.map
