import { save } from './actions'

export const run = save(
