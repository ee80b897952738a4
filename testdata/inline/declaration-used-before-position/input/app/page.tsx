export default function Page({ id }: { id: string }) {
  const handlers = { save };
  const form = <form action={save} />;
  const prefix = 'item-';
  async function save() {
    'use server';
    return prefix + id;
  }
  return [handlers, form];
}
