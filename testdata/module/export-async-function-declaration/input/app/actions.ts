'use server'

import { db } from '../lib/db'

export async function createTodo(title: string, done: boolean) {
  await db.insert({ title, done })
}
