'use server'

export async function required() {}
