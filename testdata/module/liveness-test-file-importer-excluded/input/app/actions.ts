'use server'

export async function onlyTested(v: number) {
  return v + 1
}
