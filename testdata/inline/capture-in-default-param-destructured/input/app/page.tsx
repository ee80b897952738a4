export default function Page({ fallback }: { fallback: string }) {
  const act = async ({ name = fallback }: { name?: string }, [first] = [fallback]) => {
    'use server';
    return name + first;
  };
  return <form action={act} />;
}
