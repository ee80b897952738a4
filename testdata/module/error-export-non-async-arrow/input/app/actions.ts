'use server'

export const notAsync = (id: string) => id
