import { createPost } from '@/actions/posts'
import { banUser } from '~server/admin'
import { DeleteButton } from './components/DeleteButton'
import './App.css'

export default function App() {
  return [createPost, banUser, DeleteButton]
}
