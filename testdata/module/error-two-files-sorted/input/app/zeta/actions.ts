'use server'

export const zeta = 1
