'use server'

export async function one() {}

export async function two(n: number) {
  return n
}
