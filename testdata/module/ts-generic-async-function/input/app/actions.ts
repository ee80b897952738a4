'use server'

export async function echo<T extends object>(value: T, label?: string): Promise<T> {
  return value
}

export const wrap = async <U,>(u: U) => [u]
