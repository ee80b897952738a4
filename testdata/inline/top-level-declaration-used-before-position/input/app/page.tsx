export const routes = { logout };

export default function Page() {
  return <form action={routes.logout} />;
}

async function logout() {
  'use server';
  return 'bye';
}
