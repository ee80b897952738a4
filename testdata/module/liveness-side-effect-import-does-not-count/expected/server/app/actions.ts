'use server'

export async function sideEffectOnly() {}
