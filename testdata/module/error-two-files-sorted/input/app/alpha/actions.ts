'use server'

export function alpha() {}
