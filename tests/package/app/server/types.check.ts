// Type-checked by `tsc -b` (tsconfig.node.json, module nodenext): the declarations of
// every public entry point resolve through the packages' `exports` and are not `any`
// (each @ts-expect-error below would be unused, hence an error, if they were).
import { createServer } from 'node:http'
import actionc from 'actionc-plugins/vite'
import rollupPlugin from 'actionc-plugins/rollup'
import esbuildPlugin from 'actionc-plugins/esbuild'
import { ActioncServe, actioncBinary, type TransformResponse } from 'actionc-plugins/serve'
import { Compiler, MANIFEST_FILE } from 'actionc-plugins'
import { createServerReference, callServer } from 'actionc/client'
import {
  ACTION_NOT_FOUND_HEADER,
  ERROR_CODE_HEADER,
  createActionHandler,
  createBodyCounter,
  createNodeActionHandler,
  decodeBody,
  decryptActionBoundArgs,
  encodeBody,
  encryptActionBoundArgs,
  loadActionManifestJson,
  parseBodySizeLimit,
  registerServerReference,
  registeredServerReference,
  toNodeHandler,
  type ActionHandler,
  type ResolvedAction,
} from 'actionc/server'
import { platformTriple, packagedCompilerPath } from 'actionc/platform'

export const plugins = [actionc({ verbose: true }), rollupPlugin({ layer: 'server' }), esbuildPlugin()]
export const binary: string = actioncBinary()
export const serve = new ActioncServe({ root: '.' })
export const compiler = new Compiler({ root: '.' })
export const manifestName: 'actions.manifest.json' = MANIFEST_FILE
export const stub = createServerReference<[string], string>('ID', callServer)
export const registered = registerServerReference(async (x: number) => x, 'ID', 'double')
export const limit: number = parseBodySizeLimit('1mb')
export const triple: string = platformTriple()
export const compilerPath: string | null = packagedCompilerPath()

export async function transformed(): Promise<TransformResponse> {
  return serve.transform({ path: 'src/actions.ts', layer: 'client' })
}

export async function calls(): Promise<string> {
  return stub('x')
}

// @ts-expect-error: a layer is 'client' or 'server'
actionc({ layer: 'edge' })
// @ts-expect-error: the root is required
new ActioncServe({})
// @ts-expect-error: registerServerReference takes a function
registerServerReference('not a function', 'ID')

// ---- the Vite plugin: two plugins, the dev server's action endpoint -------------------

export const [main, directives] = actionc({ serveActions: { bodySizeLimit: '2mb', allowedOrigins: ['*.example.com'] }, externalRuntime: false })
export const devManifest: Promise<string> = main.api.manifest()
export const directivesName: string = directives.name
// @ts-expect-error: actionc() is an array of plugins; the api is the first one's
actionc().api.manifest()
// @ts-expect-error: serveActions is a boolean or handler options
actionc({ serveActions: 'yes' })
// @ts-expect-error: handler options are checked
actionc({ serveActions: { missingOrigin: 'sometimes' } })

// ---- the server handler ------------------------------------------------------------

export const handle: ActionHandler = createActionHandler({
  manifest: 'dist/server/actions.manifest.json',
  allowedOrigins: ['shop.example.com'],
  bodySizeLimit: '2mb',
  exposeErrors: false,
  decodeReply: (body, { id, request }) => (typeof body === 'string' ? decodeBody(body) : [id, request.url]),
  respond: async (result, { id }) => Response.json({ id, result }),
  formResponse: ({ result, formData }) => new Response(`${String(result)} ${formData.has('name')}`),
  onError: (error, { request, id }) => console.error(request.method, id ?? 'no id', error),
})

export async function fetchHandler(request: Request): Promise<Response> {
  return (await handle(request)) ?? new Response('the page')
}

const loadModule = (modulePath: string, resolved: ResolvedAction): Promise<object> =>
  import(`./${modulePath}`).then((module: Record<string, unknown>) => ({ [resolved.export]: module[resolved.export] }))
export const middleware = createNodeActionHandler({ manifest: () => loadActionManifestJson('{}'), loadModule })
export const server = createServer((req, res) => void middleware(req, res, () => res.end('not an action')))
export const adapted = toNodeHandler(handle)

// @ts-expect-error: the manifest is required
createActionHandler({ moduleRoot: 'dist/server' })
// @ts-expect-error: missingOrigin is 'same-site-form', 'reject' or 'allow'
createActionHandler({ manifest: 'm.json', missingOrigin: 'sometimes' })
// @ts-expect-error: loadModule gives a module namespace
createActionHandler({ manifest: 'm.json', loadModule: (modulePath: string) => modulePath })
// @ts-expect-error: respond answers with a Response
createActionHandler({ manifest: 'm.json', respond: (result: unknown) => JSON.stringify(result) })
// @ts-expect-error: the Node handler takes Node's request, not fetch's
middleware(new Request('http://localhost/'), null)
// @ts-expect-error: toNodeHandler wraps a Web handler
toNodeHandler('handler')

export async function handled(request: Request): Promise<void> {
  // @ts-expect-error: a handler answers Response | null
  const text: string = await handle(request)
  void text
}

// ---- request helpers, codec, headers, bound arguments ----------------------------------

export const notFoundHeader: 'Actionc-Action-Not-Found' = ACTION_NOT_FOUND_HEADER
export const errorHeader: 'Actionc-Error' = ERROR_CODE_HEADER
// @ts-expect-error: the two headers are different words
export const swapped: 'Actionc-Error' = ACTION_NOT_FOUND_HEADER
export const counter = createBodyCounter('1mb')
counter.consume(512)
// @ts-expect-error: consume takes a byte count
counter.consume('512')
export const resolvedId: string = loadActionManifestJson('{}').resolve('ID').id
// @ts-expect-error: an action ID is a string
export const numericId: number = loadActionManifestJson('{}').resolve('ID').id

export const found = registeredServerReference('ID')
export const foundId: string | undefined = found?.$$id
// @ts-expect-error: undefined when nothing registered the ID
export const surelyFound: string = registeredServerReference('ID').$$id

export async function codec(): Promise<void> {
  const body: string | FormData = await encodeBody({ when: new Date(), tags: new Set(['a']) })
  const value: unknown = await decodeBody(body, { serverReference: (id) => registeredServerReference(id) })
  void value
  // @ts-expect-error: a body is text or FormData
  await decodeBody(42)
  // @ts-expect-error: encodeBody may give FormData (when the value holds Blobs)
  const json: string = await encodeBody([new Blob(['x'])])
  void json
}

// What compiled code does with captures: a thunk in, `$$bound: unknown` back, a tuple asserted.
export async function captured($$bound: unknown): Promise<string> {
  const blob: PromiseLike<string> = encryptActionBoundArgs('ID', () => ['id-1', 2])
  const now: Promise<string> = encryptActionBoundArgs('ID', ['id-1', 2])
  void blob
  void now
  const [id, count] = (await decryptActionBoundArgs('ID', $$bound)) as [string, number]
  // @ts-expect-error: undeclared captures are unknown, not any
  const unchecked: string = (await decryptActionBoundArgs('ID', $$bound))[0]
  void unchecked
  return `${id}${count}`
}
