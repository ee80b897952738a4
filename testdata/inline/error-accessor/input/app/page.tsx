export default function Page({ id }: { id: string }) {
  const api = {
    get current() {
      'use server';
      return id;
    },
  };
  class Store {
    static set value(v: string) {
      'use server';
    }
  }
  return [api, Store];
}
