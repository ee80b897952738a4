import { addTodo } from './actions'

export default function Page() {
  return <form action={addTodo} />
}
