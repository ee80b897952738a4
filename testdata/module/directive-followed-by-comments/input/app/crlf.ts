'use strict' // strict first
'use server' // then ours
export async function remove(id: string) {
  return id
}
