export default function Page({ base }: { base: number }) {
  const fact = async function loop(n: number): Promise<number> {
    'use server';
    return n <= 1 ? base : n * (await loop(n - 1));
  };
  return <form action={fact.bind(null, 5)} />;
}
