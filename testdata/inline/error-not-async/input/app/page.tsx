export default function Page({ id }: { id: string }) {
  function save() {
    'use server';
    return id;
  }
  const remove = () => {
    'use server';
    return id;
  };
  const api = {
    update() {
      'use server';
    },
  };
  return [save, remove, api];
}
