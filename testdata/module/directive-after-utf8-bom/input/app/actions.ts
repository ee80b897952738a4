'use server'

export async function bom(): Promise<void> {}
