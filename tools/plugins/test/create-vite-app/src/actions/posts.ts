'use server'

export async function createPost(title: string) {
  return { title, secret: 'SECRET_SERVER_ONLY' }
}

export async function deletePost(id: string) {
  return { id }
}

export async function unusedPost() {}
