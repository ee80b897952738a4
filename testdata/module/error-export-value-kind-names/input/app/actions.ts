'use server'

export const pair = (0, async () => {})

export const meta = import.meta
