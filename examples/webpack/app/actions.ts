'use server';
import { store } from './store';

/** Adds a todo from a form (React passes the FormData, with or without JavaScript). */
export async function addTodo(formData: FormData): Promise<number> {
  const title = String(formData.get('title') ?? '').trim();
  if (title) store.todos.push(title);
  return store.todos.length;
}

/** useActionState's action: (previous state, FormData) → next state. */
export async function increment(previous: number, formData: FormData): Promise<number> {
  return previous + Number(formData.get('step') ?? 1);
}

/** Nobody imports this one: no stub, no registration, no endpoint (manifest `stripped`). */
export async function purgeTodos(): Promise<void> {
  store.todos.length = 0;
}
