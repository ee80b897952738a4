'use server'

export async function viaJs() {}

export async function viaTypeOnly() {}
