'use server' // windows line endings
export async function crlf(id: string) {
  return id
}
