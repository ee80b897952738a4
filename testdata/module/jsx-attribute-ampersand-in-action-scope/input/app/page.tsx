export default function Page({ id }: { id: string }) {
  const label = <a href="?a=1&b=2">x</a>
  async function save() {
    'use server'
    return [id, label]
  }
  return <form action={save} />
}
