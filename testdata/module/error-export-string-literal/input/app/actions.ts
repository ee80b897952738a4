'use server'

export const greeting = 'hello'
