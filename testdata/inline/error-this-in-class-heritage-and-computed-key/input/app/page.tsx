export default function Page({ id }: { id: string }) {
  const api = {
    async act() {
      'use server';
      class Box extends (this ?? Object) {
        [this.key] = id;
        value = this;
      }
      return new Box();
    },
  };
  return api;
}
