'use server'

import { client } from '../lib/safe-action'

export const act = client.action(async ({ parsedInput }: { parsedInput: string }) => {
  return parsedInput
})
