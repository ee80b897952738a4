export default function Page({ id }: { id: string }) {
  function format(x: string) {
    return x.toUpperCase();
  }
  class Model {}
  const act = async () => {
    'use server';
    return [format(id), new Model(), format('again')];
  };
  return <form action={act} />;
}
