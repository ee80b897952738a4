'use strict'
import { db } from './db'

export async function topLevel(id: string) {
  'use server'
  return db.find(id)
}

export default function Page({ id, limit }: { id: string; limit: number }) {
  'use strict'
  const save = async (note: string) => {
    'use server' // saves a note
    return db.save(id, note)
  }
  const recurse = async function again(n: number): Promise<number> {
    'use server'
    return n <= 0 ? limit : again(n - 1)
  }
  return [save, recurse, remove, topLevel]

  async function remove() {
    'use server'
    /* no semicolon above */
    return db.remove(id)
  }
}
