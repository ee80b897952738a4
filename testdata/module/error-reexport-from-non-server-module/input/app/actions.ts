'use server'

export { helper } from './plain'
export * from './plain-star'
