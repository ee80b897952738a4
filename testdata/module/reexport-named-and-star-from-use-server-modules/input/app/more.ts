'use server'

export async function more(x: string, y: string) {}
