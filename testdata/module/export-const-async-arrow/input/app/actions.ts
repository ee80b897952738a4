'use server'

export const like = async (postId: string) => {
  return postId.length
}

export const ping = async () => 'pong'
