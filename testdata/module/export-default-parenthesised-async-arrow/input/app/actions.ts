'use server'

export default (async (a: string, b: string) => a + b)
