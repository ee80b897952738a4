'use server'

export async function banUser(id: string) {
  return { banned: id }
}

export async function unusedAdmin() {}
