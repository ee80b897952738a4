'use server'

export async function save(v: string) {
  return v
}
