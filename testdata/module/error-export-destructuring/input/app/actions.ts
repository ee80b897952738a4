'use server'

const pair = { a: async () => 1, b: async () => 2 }

export const { a, b } = pair
