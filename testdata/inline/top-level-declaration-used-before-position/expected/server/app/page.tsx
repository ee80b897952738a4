export const routes = { logout };

export default function Page() {
  return <form action={routes.logout} />;
}

async function logout() {
  'use server';
  return 'bye';
}

export { logout as $$ACTION_logout };
import { registerServerReference } from "actionc/server";
registerServerReference(logout, "z6gL5Nx66-Tc0CgcTnSYZj6hCi97z32-KlZY2Q8nLxlIFLG0VAJbPmRPlNtPkwmz", "$$ACTION_logout");
//# sourceMappingURL=page.tsx.map
