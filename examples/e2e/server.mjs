// The app's Node server, a React Server Components server on actionc/server:
//   GET /       the RSC payload (dist/rsc) rendered to HTML (dist/ssr), payload inlined;
//   POST        a Server Action: CSRF guard, body limit, the action ID from the
//               `Next-Action`/`Action-Id` header (JavaScript: Flight reply in, Flight
//               payload { root, returnValue } out) or from the form's `$ACTION_ID_<id>` /
//               `$ACTION_REF_<n>` fields (no JavaScript: the page re-rendered as HTML),
//               resolved through actions.manifest.json (malformed, forged, unknown IDs:
//               404), its module imported, the export called; an inline action's encrypted
//               captures arrive as its first bound argument and the action decrypts them
//               (decryptActionBoundArgs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  actionIdFromHeaders, checkActionOrigin, checkArgumentCount, createFormActionScanner,
  loadActionManifest, parseBodySizeLimit,
} from 'actionc/server';

const here = dirname(fileURLToPath(import.meta.url));
const httpError = (statusCode, message, code) => Object.assign(new Error(message), { statusCode, code });

async function readBody(req, limit, onChunk) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw httpError(413, `Body exceeded ${limit} bytes`, 'ACTIONC_BODY_TOO_LARGE');
    onChunk?.(chunk);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// A reply React cannot decode is the client's fault: 400, not 500.
const badRequest = (promise) => promise.catch((error) => {
  throw error.statusCode ? error : httpError(400, `malformed Server Action request: ${error.message}`, 'ACTIONC_MALFORMED_REPLY');
});

const formDataOf = (contentType, body) =>
  new Request('http://localhost/', { method: 'POST', headers: { 'content-type': contentType }, body }).formData();

export async function startServer({ port = 0, dist = join(here, 'dist'), bodySizeLimit = '1mb', log = () => {} } = {}) {
  const rsc = await import(pathToFileURL(join(dist, 'rsc/entry.rsc.js')).href);
  const ssr = await import(pathToFileURL(join(dist, 'ssr/entry.ssr.js')).href);
  const clientManifest = JSON.parse(readFileSync(join(dist, 'rsc/client-manifest.json'), 'utf8'));
  const ssrManifest = JSON.parse(readFileSync(join(dist, 'rsc/ssr-manifest.json'), 'utf8'));
  const manifest = loadActionManifest(join(dist, 'rsc/actions.manifest.json'));
  const limit = parseBodySizeLimit(bodySizeLimit);
  const onError = (error) => log(`render error: ${error?.stack ?? error}`);

  const renderPayload = (returnValue) => rsc.renderPayload(clientManifest, returnValue, onError);
  const renderPage = async () => ssr.renderHtml(await renderPayload(), ssrManifest, onError);

  // The runtime resolves the ID (throws the typed 404 errors), then the module is imported
  // and the export checked to be that registered action. `resolved.id` is the action's ID
  // in this build: after a key rotation, a page from the previous build posts the ID of
  // the previous key (still in ACTIONC_PREVIOUS_KEYS), which resolves to the same action.
  async function actionFor(id) {
    const resolved = manifest.resolve(id);
    const module = await rsc.importAppModule(resolved.module);
    const fn = module?.[resolved.export];
    if (typeof fn !== 'function' || fn.$$id !== resolved.id) throw httpError(404, `Failed to find Server Action "${id}"`, 'ACTIONC_ACTION_NOT_FOUND');
    return fn;
  }

  async function handleAction(req, res) {
    checkActionOrigin(req.headers); // 403 on a cross-site request
    const contentType = req.headers['content-type'] ?? '';
    const headerId = actionIdFromHeaders(req.headers);
    if (headerId) {
      // JavaScript: the body is a Flight reply (encodeReply): a string, or multipart when
      // the arguments hold FormData, promises (bound captures), etc.
      const fn = await actionFor(headerId); // before reading the body: unknown IDs cost nothing
      const body = await readBody(req, limit);
      const reply = contentType.startsWith('multipart/form-data') ? await badRequest(formDataOf(contentType, body)) : body.toString('utf8');
      const args = await badRequest(rsc.decodeArguments(reply));
      checkArgumentCount(args.length);
      const returnValue = await fn(...args);
      const payload = await renderPayload(returnValue);
      res.writeHead(200, { 'content-type': 'text/x-component' });
      res.end(payload);
      return;
    }
    // No JavaScript: a multipart form naming the action with React's fields. actionc's
    // streaming scanner (bounded, body limit) finds the ID; React's layout gives the rest.
    const scanner = createFormActionScanner(contentType, limit);
    const body = await readBody(req, limit, (chunk) => scanner.feed(chunk));
    const formId = scanner.finish();
    if (!formId) throw httpError(400, 'no Server Action in the request', 'ACTIONC_MISSING_ACTION_ID');
    const fn = await actionFor(formId);
    const form = await badRequest(formDataOf(contentType, body));
    const fields = new FormData();
    let refPrefix = null;
    for (const [key, value] of form) {
      if (!key.startsWith('$ACTION_')) fields.append(key, value);
      else if (key.startsWith('$ACTION_REF_')) refPrefix = key.slice('$ACTION_REF_'.length);
      else if (key.startsWith('$ACTION_ID_')) refPrefix = null; // a later marker wins (the scanner agrees)
    }
    let bound = [];
    if (refPrefix !== null) {
      const prefix = `$ACTION_${refPrefix}:`;
      const meta = new FormData();
      for (const [key, value] of form) if (key.startsWith(prefix)) meta.append(key.slice(prefix.length), value);
      const decoded = await badRequest(rsc.decodeBoundMetadata(meta));
      if (decoded.id !== formId) throw httpError(400, 'the form names two different actions', 'ACTIONC_MALFORMED_MULTIPART');
      bound = decoded.bound;
    }
    checkArgumentCount(bound.length + 1);
    await fn(...bound, fields);
    // Re-render the page with the new state (a no-JS form post shows the result).
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(await renderPage());
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (req.method === 'POST') {
        await handleAction(req, res);
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
