export default function Page() {
  const state = { count: 0, tags: [] as string[] };
  let local = 0;
  const act = async () => {
    'use server';
    state.count = state.count + 1;
    state.tags[0] = 'x';
    let local = 1;
    local += 1;
    return [state, local];
  };
  return <form action={act}>{local}</form>;
}
