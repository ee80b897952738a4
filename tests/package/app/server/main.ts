// A minimal Node server for the built app: POST is actionc/server's handler (origin check,
// the ID from the `Next-Action` header resolved through the manifest the server build
// emitted, arguments and result in actionc's codec); GET serves dist/ (the client build).
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createNodeActionHandler, setKeyRing } from 'actionc/server'
import { greet } from '../src/actions.ts'

const dist = fileURLToPath(new URL('..', import.meta.url))
// The actions are bundled into this server, by the manifest's module paths. (Importing only
// what is called keeps the others stripped: no endpoint.)
const modules: Record<string, object> = { 'src/actions.ts': { greet } }

setKeyRing({ current: readFileSync('actionc.key', 'utf8').trim() })
const handleAction = createNodeActionHandler({
  manifest: join(dist, 'server', 'actions.manifest.json'),
  loadModule: (modulePath) => modules[modulePath],
})

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

async function serveFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  const file = normalize(join(dist, path === '/' ? 'index.html' : path))
  const body = file.startsWith(dist) && !file.startsWith(join(dist, 'server')) ? await readFile(file).catch(() => null) : null
  res.writeHead(body ? 200 : 404, { 'content-type': (body && types[extname(file)]) || 'text/plain' })
  res.end(body ?? 'not found')
}

function notAnAction(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' })
  res.end('not a Server Action')
}

const server = createServer((req, res) => {
  const handle = req.method === 'POST' ? handleAction(req, res, () => notAnAction(res)) : serveFile(req, res)
  handle.catch((error: unknown) => {
    console.error(error)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
    res.end('Internal error')
  })
})

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  if (address && typeof address === 'object') console.log(`listening on http://127.0.0.1:${address.port}/`)
})
