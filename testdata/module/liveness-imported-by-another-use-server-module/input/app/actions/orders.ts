'use server'

import { audit } from './base'

export async function placeOrder(id: string) {
  await audit(`order:${id}`)
}
