// The webpack app's Node server: GET / renders the RSC payload (dist/rsc) to HTML
// (dist/ssr); POST is actionc/server's handler with React plugged in through the React
// server manifest actionc's webpack plugin emitted (react-server-manifest.json: actionc
// ID → webpack module id + export):
//   - a JavaScript call: React's decodeReply (server references resolve through that
//     manifest), the result in a Flight payload;
//   - a form posted without JavaScript: the runtime's scanner names the action and the
//     runtime authenticates it; React's decodeAction then loads it through the manifest,
//     and decodeFormState turns the result into useActionState's form state for the
//     re-rendered page.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createNodeActionHandler } from 'actionc/server';

const here = dirname(fileURLToPath(import.meta.url));
const httpError = (statusCode, message, code) => Object.assign(new Error(message), { statusCode, code });
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

export async function startServer({ port = 0, dist = join(here, 'dist'), log = () => {} } = {}) {
  const rsc = await import(pathToFileURL(join(dist, 'rsc/entry.rsc.mjs')).href);
  const ssr = await import(pathToFileURL(join(dist, 'ssr/entry.ssr.mjs')).href);
  const clientManifest = readJson(join(dist, 'client/react-client-manifest.json'));
  const ssrManifest = readJson(join(dist, 'ssr/ssr-manifest.json'));
  const serverManifest = readJson(join(dist, 'rsc/react-server-manifest.json'));
  const onError = (error) => log(`render error: ${error?.stack ?? error}`);

  const renderPayload = (extra) => rsc.renderPayload(clientManifest, extra, onError);
  const renderPage = async (formState = null) => ssr.renderHtml(await renderPayload({ formState }), ssrManifest, formState, onError);
  const html = (text) => new Response(text, { headers: { 'content-type': 'text/html; charset=utf-8' } });

  const actions = createNodeActionHandler({
    manifest: join(dist, 'rsc/actions.manifest.json'),
    loadModule: (_module, { id }) => {
      const entry = serverManifest[id];
      if (!entry) throw httpError(404, `Failed to find Server Action "${id}"`, 'ACTIONC_ACTION_NOT_FOUND');
      return rsc.requireModule(entry.id);
    },
    decodeReply: (body) => rsc.decodeReplyBody(body, serverManifest),
    decodeAction: (formData) => rsc.decodeFormAction(formData, serverManifest),
    respond: async (returnValue) => new Response(await renderPayload({ returnValue }), { headers: { 'content-type': 'text/x-component' } }),
    formResponse: async ({ result, formData }) => html(await renderPage(await rsc.decodeActionState(result, formData, serverManifest))),
    onError: (error, { request }) => log(`${request.method} ${new URL(request.url).pathname} -> ${error.statusCode ?? 500} ${error.code ?? ''} ${error.message}`),
  });

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (req.method === 'POST') {
        await actions(req, res, () => {
          throw httpError(404, 'not an action');
        });
      } else if (url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(await renderPage());
      } else if (url.pathname.startsWith('/client/')) {
        const file = normalize(join(dist, url.pathname));
        if (!file.startsWith(join(dist, 'client'))) throw httpError(404, 'not found');
        const body = await readFile(file).catch(() => null);
        if (!body) throw httpError(404, 'not found');
        res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
        res.end(body);
      } else {
        throw httpError(404, 'not found');
      }
    } catch (error) {
      const status = error.statusCode ?? 500;
      log(`${req.method} ${req.url} -> ${status} ${error.code ?? ''} ${error.message}`);
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(status === 500 ? 'Internal error' : error.message);
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 3000), log: console.error });
  console.log(`actionc webpack app on ${url}`);
}
