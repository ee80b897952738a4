export default function Page() {
  let third = '';
  const read = async (obj: any) => {
    'use server';
    ({ key: third } = obj);
    return third;
  };
  return <form action={read} />;
}
