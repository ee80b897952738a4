export default function Page({ id }: { id: string }) {
  const save = async () => {
    console.log(id);
    'use server';
    return id;
  };
  return <form action={save} />;
}
