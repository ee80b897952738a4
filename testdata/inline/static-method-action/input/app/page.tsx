export default function Page({ id }: { id: string }) {
  class Api {
    static async save(value: string) {
      'use server';
      return [id, value];
    }
    static async constructor() {
      'use server';
      return id;
    }
  }
  return <form action={Api.save}>{String(Api.constructor)}</form>;
}
