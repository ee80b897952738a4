// actionc/client: what compiled client stubs import. No native code, no Node APIs:
// this module runs in the browser.

let endpoint = null;

/**
 * Where the default callServer posts. Defaults to the current page (as Next.js does);
 * set it explicitly outside a browser or for a dedicated action route.
 */
export function setServerActionEndpoint(url) {
  endpoint = url;
}

function currentEndpoint() {
  if (endpoint !== null) return endpoint;
  if (typeof location !== 'undefined' && location.href) return location.href;
  throw new Error('actionc: no Server Action endpoint; call setServerActionEndpoint(url) outside a browser');
}

/**
 * The default transport: POST the arguments as JSON with the action ID in the
 * `Next-Action` header; the response body is JSON (or text) of the return value. A
 * non-2xx answer rejects with an Error carrying `status` and the server's message.
 */
export async function callServer(id, args) {
  const response = await fetch(currentEndpoint(), {
    method: 'POST',
    headers: { 'Next-Action': id, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(args),
  });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    const error = new Error(`Server Action ${id} failed (HTTP ${response.status}): ${await response.text()}`);
    error.status = response.status;
    throw error;
  }
  if (response.status === 204) return undefined;
  return type.includes('json') ? response.json() : response.text();
}

/** React's findSourceMapURL hook; actionc has no server source maps to offer the client. */
export function findSourceMapURL() {
  return null;
}

function makeReference(id, transport, bound, exportName) {
  const reference = (...args) => transport(id, bound.length ? bound.concat(args) : args);
  return Object.defineProperties(reference, {
    name: { value: exportName ?? 'serverAction', configurable: true },
    $$id: { value: id },
    $$bound: { value: bound.length ? bound : null },
    // Binding a server reference binds its arguments (`this` cannot cross the network).
    bind: {
      value: (_thisArg, ...args) => makeReference(id, transport, bound.concat(args), exportName),
      configurable: true,
    },
  });
}

/**
 * React's createServerReference(id, callServer, encodeFormAction, findSourceMapURL,
 * functionName): a function that calls action `id` through `callServer(id, args)`.
 * encodeFormAction and findSourceMapURL are accepted for signature compatibility.
 */
export function createServerReference(id, transport, _encodeFormAction, _findSourceMapURL, exportName) {
  return makeReference(id, transport ?? callServer, [], exportName);
}
