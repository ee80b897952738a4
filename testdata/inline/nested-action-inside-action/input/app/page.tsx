export default function Page({ id }: { id: string }) {
  const outer = async (note: string) => {
    'use server';
    const stamp = Date.now();
    const inner = async () => {
      'use server';
      return [id, note, stamp];
    };
    return inner;
  };
  return <form action={outer} />;
}
