// The app's Node server, a React Server Components server on actionc/server:
//   GET /       the RSC payload (dist/rsc) rendered to HTML (dist/ssr), payload inlined;
//   POST        a Server Action: CSRF guard, body limit, the action ID from the
//               `Next-Action`/`Action-Id` header (JavaScript: Flight reply in, Flight
//               payload { root, returnValue } out) or from the form's `$ACTION_ID_<id>` /
//               `$ACTION_REF_<n>` fields (no JavaScript: the page re-rendered as HTML),
//               resolved through actions.manifest.json (malformed, forged, unknown IDs:
//               404), its module imported, the export called: actionc/server's handler
//               (createNodeActionHandler) with React's reply decoding and Flight answers.
//               An inline action's encrypted captures arrive as its first bound argument
//               and the action decrypts them (decryptActionBoundArgs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createNodeActionHandler } from 'actionc/server';

const here = dirname(fileURLToPath(import.meta.url));
const httpError = (statusCode, message, code) => Object.assign(new Error(message), { statusCode, code });

export async function startServer({ port = 0, dist = join(here, 'dist'), bodySizeLimit = '1mb', log = () => {} } = {}) {
  const rsc = await import(pathToFileURL(join(dist, 'rsc/entry.rsc.js')).href);
  const ssr = await import(pathToFileURL(join(dist, 'ssr/entry.ssr.js')).href);
  const clientManifest = JSON.parse(readFileSync(join(dist, 'rsc/client-manifest.json'), 'utf8'));
  const ssrManifest = JSON.parse(readFileSync(join(dist, 'rsc/ssr-manifest.json'), 'utf8'));
  const onError = (error) => log(`render error: ${error?.stack ?? error}`);

  const renderPayload = (returnValue) => rsc.renderPayload(clientManifest, returnValue, onError);
  const renderPage = async () => ssr.renderHtml(await renderPayload(), ssrManifest, onError);

  // actionc/server's handler does the request: origin check, body limit, the ID from the
  // header or the form fields, resolution (malformed, forged, unknown: 404), the module
  // loaded by its manifest path and its export checked, the call. This app plugs React
  // Flight in: arguments (and a no-JavaScript form's bound arguments) are React replies,
  // results a Flight payload, and a form posted without JavaScript gets the re-rendered page.
  const actions = createNodeActionHandler({
    manifest: join(dist, 'rsc/actions.manifest.json'),
    loadModule: (module) => rsc.importAppModule(module),
    bodySizeLimit,
    decodeReply: (body) => rsc.decodeReplyBody(body),
    respond: async (returnValue) => new Response(await renderPayload(returnValue), { headers: { 'content-type': 'text/x-component' } }),
    formResponse: async () => new Response(await renderPage(), { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    onError: (error, { request }) => log(`${request.method} ${new URL(request.url).pathname} -> ${error.statusCode ?? 500} ${error.code ?? ''} ${error.message}`),
  });

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (req.method === 'POST') {
        await actions(req, res, () => {
          throw httpError(404, 'not an action', 'ACTIONC_MISSING_ACTION_ID');
        });
      } else if (url.pathname === '/') {
        const html = await renderPage();
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
      } else {
        const file = normalize(join(dist, 'client', url.pathname));
        if (!file.startsWith(join(dist, 'client'))) throw httpError(404, 'not found');
        const body = await readFile(file).catch(() => null);
        if (!body) throw httpError(404, 'not found');
        res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
        res.end(body);
      }
    } catch (error) {
      const status = error.statusCode ?? 500;
      log(`${req.method} ${req.url} -> ${status} ${error.code ?? ''} ${error.message}`);
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      // The four ID failures answer alike (docs/runtime.md): no hint for a prober; the
      // typed error (ACTIONC_FORGED_ID, …) is in the log.
      res.end(status === 404 ? 'Server Action not found' : status === 500 ? 'Internal error' : error.message);
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

// node server.mjs [DIST]: keys from ACTIONC_ENCRYPTION_KEY / ACTIONC_PREVIOUS_KEYS, port
// from PORT (0: any free port); prints the URL, logs to stderr.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const { url } = await startServer({ port: Number(process.env.PORT ?? 3000), dist, log: console.error });
  console.log(`actionc e2e app on ${url}`);
}
