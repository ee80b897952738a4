export default function Page({ id }: { id: string }) {
  const save = async (note: string) => {
    'use server'
    return id + note
  }
  async function remove() {
    'use server'
    return id
  }
  // Another action is a server reference: it may be captured (the capture codec carries it).
  return async () => {
    'use server'
    return [await save('x'), await remove()]
  }
}
