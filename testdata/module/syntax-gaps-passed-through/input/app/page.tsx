import { load } from './actions'

export default function Page({ id }: { id: string }) {
  async function save() {
    'use server'
    return load(id)
  }
  return (
    <footer>
      <a href="https://example.com/?utm_source=app&utm_medium=footer">Terms & Conditions</a>
      <form action={save} />
    </footer>
  )
}

export function Card<out T>(props: { value: T }) {
  return <p title="R&D">{String(props.value)}</p>
}
