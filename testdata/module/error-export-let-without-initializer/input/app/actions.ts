'use server'

export let later: () => Promise<void>
