'use server'

export async function send(message: string): Promise<string> {
  return message
}
