'use server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth-options';

export async function nextAuthV4() {
  const session = await getServerSession(authOptions);
  if (!session) return { error: 'Unauthorized' };
  return { ok: true };
}

import { registerServerReference } from "actionc/server";
registerServerReference(nextAuthV4, "z6gLkE_Y84US_EX6Jl64hK-IzP1eYfIJLQnvjWSbDBmqL8pJidSWUuxRcAtpqHMwkue4OPZk", "nextAuthV4");
//# sourceMappingURL=next-auth-v4.ts.map
