'use server'
import data from './data.json' with { type: 'json' }
export type * from './types'

type Box<in out T> = { value: T }

export async function load(id: string) {
  const rows = sql<Box<string>[]>`select * from t where id = ${id}`
  return [rows, data]
}

function sql<T>(strings: TemplateStringsArray, ...values: unknown[]): T {
  return [strings, values] as T
}
