'use server'

export async function remote(a: number) {}

export async function other() {}
