export default function Page({ items, offset }: { items: number[]; offset: number }) {
  const total = async () => {
    'use server';
    const shifted = items.map((n) => n + offset);
    function sum(xs: number[]) {
      return xs.reduce((a, b) => a + b + offset, 0);
    }
    return sum(shifted);
  };
  return <form action={total} />;
}
