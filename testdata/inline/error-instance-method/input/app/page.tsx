export default function Page({ id }: { id: string }) {
  class Api {
    async save() {
      'use server';
      return id;
    }
  }
  return <form action={new Api().save} />;
}
