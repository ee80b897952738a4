export default function Page({ id }: { id: string }) {
  let purge = 'label';
  {
    async function purge() {
      'use server';
      return id;
    }
    console.log(purge);
  }
  return purge;
}
