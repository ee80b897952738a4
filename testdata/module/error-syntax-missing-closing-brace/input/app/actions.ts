'use server'

export async function open(a: number) {
  if (a > 0) {
    return a
  }
