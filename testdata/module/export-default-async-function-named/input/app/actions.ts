'use server'

export default async function submit(a: string, b: string) {
  return a + b
}
