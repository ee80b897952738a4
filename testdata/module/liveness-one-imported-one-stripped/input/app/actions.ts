'use server'

export async function used(id: string) {
  return id
}

export async function unused() {}
