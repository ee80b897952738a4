'use server'

export type SaveResult = { ok: boolean }

export async function save(): Promise<SaveResult> {
  return { ok: true }
}
