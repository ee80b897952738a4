'use server';
// '@/auth' is not a module of this project: the default configuration knows Auth.js's
// conventional place for `auth` all the same.
import { auth } from '@/auth';

export async function authFromConventionalModule() {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
}

import { registerServerReference } from "actionc/server";
registerServerReference(authFromConventionalModule, "z6gLhiqnLQFWcrW4GoGLWv9HWdO5SNidAFhP3bIDqqHZGl08aiLkB-SOOjyjyGFmjnZ_DCzwAX6b8IfXal8q4SMN4aA", "authFromConventionalModule");
//# sourceMappingURL=unresolved.ts.map
