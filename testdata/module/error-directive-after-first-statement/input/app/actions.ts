import { db } from '../lib/db'
'use server'

export async function save(v: string) {
  await db.put(v)
}
