export default function Page({ id, tag }: { id: string; tag: string }) {
  const save = async () => {
    'use server';
    {
      const tag = 'inner';
      console.log(tag);
    }
    if (id) {
      let id = 1;
      console.log(id);
    }
    return id;
  };
  return <form action={save}>{tag}</form>;
}
