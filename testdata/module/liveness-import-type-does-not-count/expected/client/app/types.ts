import type { SaveResult } from './actions'
import { type save } from './actions'

export type Saved = SaveResult & { at: typeof save }
