'use server'

export async function* stream(count: number) {
  for (let i = 0; i < count; i++) yield i
}
