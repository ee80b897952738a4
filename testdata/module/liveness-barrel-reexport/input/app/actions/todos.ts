'use server'

export async function addTodo(title: string) {
  return title
}

export async function dropTodo(id: number) {
  return id
}
