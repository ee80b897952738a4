'use server'; export async function inline(a: number, b: number) { return a + b }
