import { createTodo } from './actions'

export default function Page() {
  return <form action={createTodo} />
}
