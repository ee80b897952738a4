export default function Page({ id }: { id: string }) {
  const save = async () => {
    'use sever';
    return id;
  };
  async function remove() {
    'use action';
    return id;
  }
  return <form action={save}>{remove.name}</form>;
}
