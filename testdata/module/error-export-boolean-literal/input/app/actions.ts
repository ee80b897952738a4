'use server'

export const enabled = true
