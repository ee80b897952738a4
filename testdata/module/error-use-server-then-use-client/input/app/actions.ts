'use server'
'use client'

export async function save(v: string) {
  return v
}
