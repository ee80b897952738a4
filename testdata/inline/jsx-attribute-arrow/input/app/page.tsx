export default function Page({ id }: { id: string }) {
  return (
    <form
      action={async (data: FormData) => {
        'use server';
        console.log(id, data);
      }}
    />
  );
}
