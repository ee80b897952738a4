// Type-checked by `tsc -b` (tsconfig.app.json, moduleResolution bundler): what browser
// code sees of actionc/client.
import { createServerReference, setServerCallback, type CallServer } from 'actionc/client'

const transport: CallServer = async (id, args) => ({ id, args })
setServerCallback(transport)
export const stub = createServerReference<[number], { id: string }>('ID', transport)

// @ts-expect-error: the callback takes (id, args)
setServerCallback('not a function')
