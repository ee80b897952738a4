export default function Page({ id }: { id: string }) {
  const save = async () => {
    // a line comment
    /* a block
       comment */
    "use server";
    return id;
  };
  return <form action={save} />;
}
