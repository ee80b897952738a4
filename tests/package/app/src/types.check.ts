/// <reference types="actionc-plugins/virtual" />
// Type-checked by `tsc -b` (tsconfig.app.json, moduleResolution bundler): what browser
// code sees of actionc/client, and the virtual modules of actionc-plugins/vite with
// @vitejs/plugin-rsc (their types: `actionc-plugins/virtual`). Each @ts-expect-error below
// would be unused, hence an error, if a declaration were `any`.
import {
  ACTION_NOT_FOUND_HEADER,
  ERROR_CODE_HEADER,
  ServerActionError,
  UnknownServerActionError,
  createServerReference,
  decodeBody,
  encodeBody,
  setSequentialDispatch,
  setServerCallback,
  type CallServer,
} from 'actionc/client'
import { decodeAction, decodeFormState, decodeReply, loadServerAction, serverManifest } from 'virtual:actionc/rsc'
import { callServer as rscCallServer, createServerReference as rscServerReference } from 'virtual:actionc/rsc-client'
import type { ReactFormState } from 'react-dom/client'

const transport: CallServer = async (id, args) => ({ id, args })
setServerCallback(transport)
export const stub = createServerReference<[number], { id: string }>('ID', transport)

// @ts-expect-error: the callback takes (id, args)
setServerCallback('not a function')

// ---- the default transport: sequential dispatch, typed errors, the codec ------------------

setSequentialDispatch(false)
// @ts-expect-error: on or off
setSequentialDispatch('one at a time')

export async function save(): Promise<string> {
  try {
    return (await stub(1)).id
  } catch (error) {
    if (error instanceof UnknownServerActionError) {
      const name: 'UnknownServerActionError' = error.name
      return `${name}: reload the page`
    }
    if (error instanceof ServerActionError) {
      const status: number = error.status
      const code: string | null = error.code
      const actionId: string = error.actionId
      // @ts-expect-error: the HTTP status is a number
      const text: string = error.status
      return `${status} ${code} ${actionId} ${text}`
    }
    throw error
  }
}

// @ts-expect-error: a stub's arguments are checked
stub('one')
export const boundStub = stub.bind(null, 1)
export const stale = new UnknownServerActionError('gone', { status: 404, code: 'ACTIONC_ACTION_NOT_FOUND', actionId: 'ID' })
// @ts-expect-error: the status and the action ID are required
new ServerActionError('failed', {})

export async function roundTrip(): Promise<unknown> {
  const body = await encodeBody(new Map([['k', 1n]]))
  return decodeBody(body)
}

export const staleHeader: 'Actionc-Action-Not-Found' = ACTION_NOT_FOUND_HEADER
export const codeHeader: 'Actionc-Error' = ERROR_CODE_HEADER
// @ts-expect-error: the two headers are different words
export const swappedHeader: 'Actionc-Error' = ACTION_NOT_FOUND_HEADER

// ---- virtual:actionc/rsc: plugin-rsc's lookups over actionc IDs (an RSC entry) -------------

export async function rscEntry(request: Request): Promise<unknown> {
  const actionId = request.headers.get('x-rsc-action')
  if (actionId) {
    const action = await loadServerAction(actionId)
    const args: unknown[] = await decodeReply(await request.text(), { temporaryReferences: undefined })
    return action(...args)
  }
  const formData = await request.formData()
  const formAction = await decodeAction(formData)
  if (!formAction) return null
  const state: ReactFormState | null = await decodeFormState(await formAction(), formData)
  return state
}

export const manifestEntry: string | undefined = serverManifest['ID']?.id

export async function nullForms(formData: FormData): Promise<void> {
  // @ts-expect-error: decodeAction gives null for a form that names no action
  await (await decodeAction(formData))()
  // @ts-expect-error: an action ID is a string
  await loadServerAction(42)
  // @ts-expect-error: a call's arguments are a list
  const count: number = await decodeReply('[]')
  // @ts-expect-error: an ID the manifest does not hold has no entry
  const key: string = serverManifest['ID'].id
  void [count, key]
}

// ---- virtual:actionc/rsc-client: what compiled stubs import with plugin-rsc ----------------

export const rscStub = rscServerReference<[FormData], void>('ID', rscCallServer)
// @ts-expect-error: callServer is null during SSR
rscCallServer('ID', [])
