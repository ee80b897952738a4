import { todos } from './actions'

export default function Page() {
  return <form action={todos.addTodo} />
}
