export default function Page({ id }: { id: string }) {
  async function audit() {
    'use server';
    return id;
  }
  const save = async () => {
    'use server';
    await audit();
    return id;
  };
  return <form action={save} />;
}
