export default function Page() {
  let hits = 0;
  let total = 10;
  const bump = async () => {
    'use server';
    hits++;
    total += 1;
    return hits + total;
  };
  return <form action={bump} />;
}
