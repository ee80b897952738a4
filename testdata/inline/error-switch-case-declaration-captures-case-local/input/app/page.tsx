export default function Page({ kind }: { kind: string }) {
  switch (kind) {
    case 'a':
      const local = kind.toUpperCase()
      async function remove() {
        'use server'
        return local
      }
      return remove
  }
}
