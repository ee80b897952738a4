export default function Page({ depth }: { depth: number }) {
  async function countdown(n: number): Promise<number> {
    'use server';
    return n <= 0 ? depth : countdown(n - 1);
  }
  return <form action={countdown.bind(null, 3)} />;
}
