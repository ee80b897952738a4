'use server'

export const steps = [async () => 1, async () => 2]
