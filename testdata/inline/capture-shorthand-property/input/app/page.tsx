export default function Page({ id, slug }: { id: string; slug: string }) {
  const act = async () => {
    'use server';
    return { id, slug, other: { slug } };
  };
  return <form action={act} />;
}
