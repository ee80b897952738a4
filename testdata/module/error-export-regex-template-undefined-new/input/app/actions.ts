'use server'

export const pattern = /^[a-z]+$/
export const label = `v${1}`
export const missing = undefined
export const cache = new Map<string, string>()
