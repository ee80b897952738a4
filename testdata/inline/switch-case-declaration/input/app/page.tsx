export default function Page({ kind, id }: { kind: string; id: string }) {
  const remove = 'shadowed by the declaration in the switch'
  switch (kind) {
    case 'early':
      return remove
    case 'declared':
      async function remove() {
        'use server'
        return `removed ${id}`
      }
      return remove
    default:
      return null
  }
}
