'use server'

export type Result = { ok: boolean }
export interface Input {
  name: string
}
type Hidden = number
interface Other {
  v: Hidden
}
export { type Hidden }
export type { Other }

export async function run(input: Input): Promise<Result> {
  return { ok: input.name.length > 0 }
}
