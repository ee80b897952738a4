export function List({ ids }: { ids: string[] }) {
  return (
    <>
      <form action={async () => { 'use server'; return ids[0]; }} />
      <form action={async () => { 'use server'; return ids[1]; }} />
      <button formAction={async () => { 'use server'; return ids.length; }} />
      <form action={async () => { 'use server'; return 'static'; }} />
    </>
  );
}

export function Detail({ id }: { id: string }) {
  return <form action={async () => { 'use server'; return id; }} />;
}
