import { createPost } from '@/actions/posts'
import { deletePost } from '../actions/posts.ts'

export function PostForm() {
  return [createPost, deletePost]
}
