export default function Page({ ids }: { ids: string[] }) {
  const forms = [];
  for (const id of ids) {
    forms.push(<form key={id} action={remove} />);
    async function remove() {
      'use server';
      return id;
    }
  }
  return forms;
}
