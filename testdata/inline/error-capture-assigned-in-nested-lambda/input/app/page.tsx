export default function Page({ items }: { items: number[] }) {
  let last = 0;
  const act = async () => {
    'use server';
    items.forEach((n) => {
      last = n;
    });
    for (last of items) {
    }
  };
  return <form action={act} />;
}
