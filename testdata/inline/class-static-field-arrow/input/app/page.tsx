export default function Page({ id }: { id: string }) {
  class Api {
    static remove = async (key: string) => {
      'use server';
      return [id, key];
    };
  }
  return <form action={Api.remove} />;
}
