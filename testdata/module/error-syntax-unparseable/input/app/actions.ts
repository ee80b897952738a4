'use server'

export async function broken(a: string {
  return a +
}
