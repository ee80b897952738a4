export default function Page({ id }: { id: string }) {
  const act = async () => {
    'use server';
    function count() {
      return arguments.length + (this ? 1 : 0);
    }
    const obj = {
      name: id,
      describe() {
        return this.name;
      },
    };
    class Box extends Object {
      value = this;
      constructor() {
        super();
      }
    }
    return [count(1, 2), obj.describe(), new Box()];
  };
  return <form action={act} />;
}
