type SaveFn = (form: FormData, attempt: number) => Promise<string>

export default function Page({ id }: { id: string }) {
  type Local = { id: string }
  const save: SaveFn = async (form, attempt) => {
    'use server'
    return `${id}:${form.get('x')}:${attempt}`
  }
  const local = async (row: Local, { a, b }, ...rest) => {
    'use server'
    return row.id + a + b + id + rest.length
  }
  return [save, local, <form action={async (data) => { 'use server'; return [data, id] }} />]
}
