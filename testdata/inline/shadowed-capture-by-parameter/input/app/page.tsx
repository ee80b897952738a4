export default function Page({ id, name }: { id: string; name: string }) {
  async function update(name: string, [id]: string[]) {
    'use server';
    return { name, id };
  }
  return <form action={update.bind(null, name)}>{id}</form>;
}
