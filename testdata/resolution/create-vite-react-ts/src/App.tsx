import { PostForm } from '@/components/PostForm'
import { settings } from './settings'
import * as posts from '@/actions/posts'

export default function App() {
  return [PostForm, settings, posts]
}
