export default function Page({ user, settings, keys, k }: any) {
  const act = async () => {
    'use server';
    const a = user.profile.name;
    const b = settings?.theme?.color;
    const c = keys[k];
    const d = user.profile['id'];
    return [a, b, c, d];
  };
  return <form action={act} />;
}
