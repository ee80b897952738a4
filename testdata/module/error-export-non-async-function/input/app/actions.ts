'use server'

export function notAsync(id: string) {
  return id
}
