'use server'

export async function first(id: string) {
  if (id) {
    return id

export async function second(id: string) {
  return id
}
