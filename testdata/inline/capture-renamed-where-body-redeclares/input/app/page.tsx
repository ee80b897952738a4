export default function Page({ user }: { user: { id: string } }) {
  return async (id = user.id) => {
    'use server'
    const user = { id: 'inner' }
    return `${id}:${user.id}`
  }
}
