'use server'

export { remote, other as renamed } from './remote'
export * from './more'
