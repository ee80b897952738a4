'use server'

export * as helpers from './helpers'
