import { deletePost } from '@/actions/posts'

export function DeleteButton() {
  return { onClick: () => deletePost('1') }
}
