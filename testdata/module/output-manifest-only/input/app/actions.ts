'use server'

export async function track(event: string) {
  return event
}
