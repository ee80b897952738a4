export default function Page({ id }: { id: string }) {
  const format = (x: string) => x.toUpperCase();
  const Model = class {};
  const act = async () => {
    'use server';
    return [format(id), new Model()];
  };
  return <form action={act} />;
}
