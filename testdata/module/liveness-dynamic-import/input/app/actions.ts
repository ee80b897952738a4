'use server'

export async function lazy() {
  return 'loaded'
}
