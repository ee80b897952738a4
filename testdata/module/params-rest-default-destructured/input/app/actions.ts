'use server'

export async function rest(first: string, ...others: string[]) {
  return [first, ...others]
}

export async function defaults(a = 1, b: number = 2) {
  return a + b
}

export const destructured = async ({ id, name }: { id: string; name: string }, [x, y]: number[]) => {
  return { id, name, x, y }
}

export async function none() {}
