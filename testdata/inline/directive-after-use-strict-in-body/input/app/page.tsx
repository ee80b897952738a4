export default function Page({ id }: { id: string }) {
  async function save(note) {
    'use strict';
    'use server';
    return id + note;
  }
  return <form action={save} />;
}
