'use server' // blog actions: never shipped to the browser
import { secret } from './secret'

export async function publish(id: string) {
  return secret + id
}
