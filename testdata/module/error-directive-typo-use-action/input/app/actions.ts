'use action'

export async function save(v: string) {
  return v
}
