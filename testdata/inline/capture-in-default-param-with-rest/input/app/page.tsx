export default function Page({ limit }: { limit: number }) {
  async function search(query: string, max = limit, ...tags: string[]) {
    'use server';
    return [query.slice(0, max), tags];
  }
  return <form action={search} />;
}
