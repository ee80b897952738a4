'use server'

export default async (id: number) => {
  return id * 2
}
