import { viaJs } from './actions.js'
import type { viaTypeOnly } from './actions'

export const handlers: [typeof viaJs, typeof viaTypeOnly | null] = [viaJs, null]
