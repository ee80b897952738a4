'use server'

async function a(x: number) {
  return x
}

const b = async (y: number, z: number) => y + z

export { a, b as c }
