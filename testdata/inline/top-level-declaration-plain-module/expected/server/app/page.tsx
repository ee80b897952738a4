import { db } from '../lib/db';

export default function Page() {
  return <form action={logout}>{String(typeof refresh)}</form>;
}

async function logout(form: FormData) {
  'use server';
  await db.logout(form);
}

export async function refresh() {
  'use server';
  return logout(new FormData());
}

export { logout as $$ACTION_logout };
export { refresh as $$ACTION_refresh };
import { registerServerReference } from "actionc/server";
registerServerReference(logout, "z6gL5Nx66-Tc0CgcTnSYZj6hCi97z32-KlZY2Q8nLxlIFLG0VAJbPmRPlNtPkwmz", "$$ACTION_logout");
registerServerReference(refresh, "z6gLXjrWzSs6ZpfrUZMpRWJonjtCF0AzW_TG45Pa7b3kSJKCvqGKL0BtL2AgNXUQAA", "$$ACTION_refresh");
//# sourceMappingURL=page.tsx.map
