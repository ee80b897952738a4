'use server'

export const limit = 10
