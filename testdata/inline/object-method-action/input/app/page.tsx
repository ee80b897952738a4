export default function Page({ id }: { id: string }) {
  const api = {
    async save(value: string) {
      'use server';
      return [id, value];
    },
    async ['computed' + 'Key']() {
      'use server';
      return id;
    },
    label: 'api',
  };
  return <form action={api.save} />;
}
