export default function Page({ id, purge }: { id: string; purge: string }) {
  if (id) {
    async function purge() {
      'use server';
      return id;
    }
    console.log(purge);
  }
  return purge;
}
