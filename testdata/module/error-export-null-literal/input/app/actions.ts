'use server'

export const nothing = null
