export default function Page({ id, admin }: { id: string; admin: boolean }) {
  if (admin) {
    const form = <form action={purge} />;
    async function purge() {
      'use server';
      return id;
    }
    return form;
  }
  return null;
}
