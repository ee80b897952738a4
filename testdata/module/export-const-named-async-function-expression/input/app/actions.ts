'use server'

export const retry = async function attempt(n: number): Promise<number> {
  return n > 0 ? attempt(n - 1) : 0
}
