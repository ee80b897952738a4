export default function Page({ id }: { id: string }) {
  const act = async (data) => {
    'use server';
    return [id, data];
  };
  const bare = async data => {
    'use server';
    return [id, data];
  };
  return [act, bare];
}
