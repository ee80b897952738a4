// A minimal Node server for the built app: GET serves dist/ (the client build), POST
// calls a Server Action: CSRF check, the ID from the `Next-Action` header, resolved
// through the manifest the server build emitted, JSON arguments in, JSON result out.
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  actionIdFromHeaders,
  checkActionOrigin,
  checkArgumentCount,
  loadActionManifest,
  setKeyRing,
  type ActioncError,
} from 'actionc/server'
import { greet } from '../src/actions.ts'

const dist = fileURLToPath(new URL('..', import.meta.url))
const actions: Record<string, (...args: never[]) => Promise<unknown>> = { greet }

setKeyRing({ current: readFileSync('actionc.key', 'utf8').trim() })
const manifest = loadActionManifest(join(dist, 'server', 'actions.manifest.json'))

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString('utf8'))
}

async function callAction(req: IncomingMessage, res: ServerResponse): Promise<void> {
  checkActionOrigin(req.headers)
  const id = actionIdFromHeaders(req.headers)
  if (!id) throw Object.assign(new Error('no Server Action named'), { statusCode: 400 })
  const action = actions[manifest.resolve(id).export]
  if (!action) throw Object.assign(new Error(`Failed to find Server Action "${id}"`), { statusCode: 404 })
  const args = await readJson(req)
  if (!Array.isArray(args)) throw Object.assign(new Error('the arguments are not an array'), { statusCode: 400 })
  checkArgumentCount(args.length)
  const result = await action(...(args as never[]))
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify(result))
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

async function serveFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  const file = normalize(join(dist, path === '/' ? 'index.html' : path))
  if (!file.startsWith(dist) || file.startsWith(join(dist, 'server'))) throw Object.assign(new Error('not found'), { statusCode: 404 })
  const body = await readFile(file).catch(() => {
    throw Object.assign(new Error('not found'), { statusCode: 404 })
  })
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  res.end(body)
}

const server = createServer((req, res) => {
  const handle = req.method === 'POST' ? callAction(req, res) : serveFile(req, res)
  handle.catch((error: Partial<ActioncError>) => {
    res.writeHead(error.statusCode ?? 500, { 'content-type': 'text/plain' })
    res.end(error.message ?? 'error')
  })
})

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  if (address && typeof address === 'object') console.log(`listening on http://127.0.0.1:${address.port}/`)
})
