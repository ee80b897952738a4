'use server'

async function remove(id: string, force?: boolean) {
  return { id, force }
}

export default remove
