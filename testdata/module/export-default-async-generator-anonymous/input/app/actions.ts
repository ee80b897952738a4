'use server'

export default async function* (limit: number) {
  for (let i = 0; i < limit; i++) yield i
}
