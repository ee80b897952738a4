'use server'

export const one = async () => 1,
  two = async (x: number) => x * 2
