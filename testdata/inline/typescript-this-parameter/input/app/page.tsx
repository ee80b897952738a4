export default function Page({ id }: { id: string }) {
  async function save(this: void, note: string) {
    'use server';
    return id + note;
  }
  return <form action={save} />;
}
