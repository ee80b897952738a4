export default function Page({ limit }: { limit: number }) {
  const search = async (query: string, max: number = limit) => {
    'use server';
    return query.slice(0, max);
  };
  return <form action={search} />;
}
