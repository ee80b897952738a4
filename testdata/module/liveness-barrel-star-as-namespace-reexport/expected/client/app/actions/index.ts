export * as todos from './todos'
