// The app's Node server: SSR of the page, static client bundle, and Server Action requests
// through actionc/server: CSRF guard, body limit, the action ID from the `Next-Action`
// header (JavaScript) or from the multipart form field `$ACTION_ID_<id>` (no JavaScript),
// resolved through actions.manifest.json (forged or unknown IDs: 404).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  actionIdFromHeaders, checkActionOrigin, checkArgumentCount, createFormActionScanner,
  loadActionManifest, parseBodySizeLimit,
} from 'actionc/server';

const here = dirname(fileURLToPath(import.meta.url));

function page({ html, todos }) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>actionc e2e</title></head>` +
    `<body><div id="root">${html}</div>` +
    `<script>window.__TODOS__=${JSON.stringify(todos).replace(/</g, '\\u003c')}</script>` +
    `<script type="module" src="/client.js"></script></body></html>`;
}

async function readBody(req, limit, onChunk) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) {
      const error = new Error(`Body exceeded ${limit} bytes`);
      error.statusCode = 413;
      throw error;
    }
    onChunk?.(chunk);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function startServer({ port = 0, dist = join(here, 'dist'), bodySizeLimit = '1mb', log = () => {} } = {}) {
  const entry = await import(pathToFileURL(join(dist, 'server/server-entry.js')).href);
  const manifest = loadActionManifest(join(dist, 'server/actions.manifest.json'));
  const limit = parseBodySizeLimit(bodySizeLimit);

  function actionFor(id) {
    const resolved = manifest.resolve(id); // throws (404) for malformed, forged, unknown IDs
    const fn = entry.actionModules[resolved.module]?.[resolved.export];
    if (typeof fn !== 'function' || fn.$$id !== id) {
      const error = new Error(`Failed to find Server Action "${id}"`);
      error.statusCode = 404;
      throw error;
    }
    return fn;
  }

  async function handleAction(req, res) {
    checkActionOrigin(req.headers); // 403 on a cross-site request
    const contentType = req.headers['content-type'] ?? '';
    const headerId = actionIdFromHeaders(req.headers);
    if (headerId) {
      // JavaScript: JSON arguments, JSON result.
      const body = await readBody(req, limit);
      const args = JSON.parse(body.toString('utf8') || '[]');
      if (!Array.isArray(args)) throw Object.assign(new Error('arguments must be an array'), { statusCode: 400 });
      checkArgumentCount(args.length);
      const result = await actionFor(headerId)(...args);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result ?? null));
      return;
    }
    // No JavaScript: a multipart form naming the action with $ACTION_ID_<id>.
    const scanner = createFormActionScanner(contentType, limit);
    const body = await readBody(req, limit, (chunk) => scanner.feed(chunk));
    const formId = scanner.finish();
    if (!formId) throw Object.assign(new Error('no Server Action in the request'), { statusCode: 400 });
    const action = actionFor(formId);
    const form = await new Request('http://localhost/', { method: 'POST', headers: { 'content-type': contentType }, body }).formData();
    await action(form);
    // Re-render the page with the new state (a 200, as a no-JS form post shows the result).
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(entry.render()));
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (req.method === 'POST') {
        await handleAction(req, res);
      } else if (url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page(entry.render()));
      } else {
        const file = normalize(join(dist, 'client', url.pathname));
        if (!file.startsWith(join(dist, 'client'))) throw Object.assign(new Error('not found'), { statusCode: 404 });
        const body = await readFile(file).catch(() => null);
        if (!body) throw Object.assign(new Error('not found'), { statusCode: 404 });
        res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
        res.end(body);
      }
    } catch (error) {
      const status = error.statusCode ?? 500;
      log(`${req.method} ${req.url} -> ${status} ${error.code ?? ''} ${error.message}`);
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      // The four ID failures answer alike (docs/runtime.md): no hint for a prober.
      res.end(status === 404 ? 'Server Action not found' : status === 500 ? 'Internal error' : error.message);
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 3000), log: console.error });
  console.log(`actionc e2e app on ${url}`);
}
