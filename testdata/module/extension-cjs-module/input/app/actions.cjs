'use server'

export async function send(message) {
  return message
}
