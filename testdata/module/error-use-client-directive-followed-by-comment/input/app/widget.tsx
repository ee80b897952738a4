'use client' // a client component
export function Widget() {
  async function save() {
    'use server'
    return 1
  }
  return <form action={save} />
}
