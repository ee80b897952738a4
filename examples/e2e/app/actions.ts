'use server';
import { todos } from './store';

/** Adds a todo. JavaScript calls it with { title }; a form posted without JavaScript with FormData. */
export async function addTodo(input: FormData | { title: string }): Promise<string[]> {
  const title = String(input instanceof FormData ? input.get('title') ?? '' : input.title).trim();
  if (title) todos.push(title);
  return [...todos];
}

/** Nobody imports this one: no stub, no registration, no endpoint (manifest `stripped`). */
export async function purgeTodos(): Promise<void> {
  todos.length = 0;
}
