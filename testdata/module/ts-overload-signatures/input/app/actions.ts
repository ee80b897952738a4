'use server'

export async function lookup(id: number): Promise<string>
export async function lookup(name: string): Promise<string>
export async function lookup(key: number | string): Promise<string> {
  return String(key)
}
