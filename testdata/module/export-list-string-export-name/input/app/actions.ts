'use server'

async function a(x: string) {
  return x
}

export { a as "b-c" }
