'use server'

export const version = 3

export function sync() {}

export async function ok() {}

export class Model {}

export { ghost }
