export default function Page() {
  let first = '';
  let second = '';
  const read = async (row: string[], obj: any) => {
    'use server';
    [first] = row;
    ({ second } = obj);
    return first + second;
  };
  return <form action={read} />;
}
