'use server'

async function impl(id: string) {
  return id
}

export const alias = impl
