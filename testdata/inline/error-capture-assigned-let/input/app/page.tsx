export default function Page() {
  let count = 0;
  const increment = async () => {
    'use server';
    count = count + 1;
    return count;
  };
  return <form action={increment} />;
}
