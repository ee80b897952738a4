'use server'

export async function withThis(this: void, a: string, b: number) {
  return a.repeat(b)
}
