'use client';

export function Button({ id }: { id: string }) {
  return (
    <form
      action={async () => {
        'use server';
        console.log(id);
      }}
    />
  );
}
