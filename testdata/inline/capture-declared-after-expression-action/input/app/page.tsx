export default function Page({ id }: { id: string }) {
  const act = async () => {
    'use server';
    return [id, suffix];
  };
  const suffix = '-v2';
  return <form action={act} />;
}
