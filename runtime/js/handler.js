// The Server Action endpoint: a Web `Request` → `Response` handler (Hono, Bun, Deno,
// workers, anything with fetch's types) and an adapter for Node's `http` (Express/Connect
// middleware shape). Every check is the runtime's, through the addon: the origin check,
// the body limit, the action ID (header or form field), the multipart bounds, the ID's
// authentication and manifest lookup, the argument cap. This file only sequences them.
//
//   POST + `Next-Action`/`Action-Id` header    a JavaScript call: arguments in actionc's
//                                              codec (JSON or multipart), result encoded
//                                              the same way (200)
//   POST multipart/form-data without header    a form posted without JavaScript: the ID
//                                              from `$ACTION_ID_<id>` / `$ACTION_REF_<p>`,
//                                              the action called with the form's FormData
//                                              (after its bound arguments), then 303 back
//   anything else                              not an action: the handler returns null
import { isAbsolute, dirname, resolve as resolvePath } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { decodeBody, decodeValue, encodeBody } from './codec.js';
import { ACTION_NOT_FOUND_HEADER, ERROR_CODE_HEADER } from './protocol.js';
import {
  actionIdFromHeaders, checkActionOrigin, checkArgumentCount, createBodyCounter, createFormActionScanner,
  loadActionManifest, loadActionManifestJson,
} from './server.js';


const ID_FAILURES = new Set(['ACTIONC_MALFORMED_ID', 'ACTIONC_UNKNOWN_KEY', 'ACTIONC_FORGED_ID', 'ACTIONC_ACTION_NOT_FOUND']);

function httpError(statusCode, code, message) {
  return Object.assign(new Error(message), { statusCode, code });
}

function isMultipart(contentType) {
  return /^multipart\/form-data\s*;/i.test(contentType);
}

/** The manifest option as `{ resolve(id) }`, read again when a function gives new text. */
function manifestSource(option) {
  if (!option) throw new TypeError('actionc: createActionHandler needs `manifest` (a path, loadActionManifest(), or a function returning its text)');
  if (typeof option === 'string') {
    const manifest = loadActionManifest(option);
    return async () => manifest;
  }
  if (typeof option.resolve === 'function') return async () => option;
  if (typeof option !== 'function') throw new TypeError('actionc: `manifest` must be a path, a loaded manifest or a function');
  let lastText = null;
  let last = null;
  return async () => {
    const text = await option();
    if (text !== lastText) {
      last = typeof text === 'string' ? loadActionManifestJson(text) : text;
      lastText = text;
    }
    return last;
  };
}

/** The default loader: the manifest's module path under `moduleRoot`, through import(). */
function defaultLoader(options) {
  const root = options.moduleRoot ?? (typeof options.manifest === 'string' ? resolvePath(dirname(options.manifest), 'server') : null);
  if (!root) throw new TypeError('actionc: give `loadModule(modulePath)` or `moduleRoot` when `manifest` is not a path');
  return (module) => import(pathToFileURL(isAbsolute(module) ? module : resolvePath(root, module)).href);
}

// Streams the body through `consume` (which throws past the limit) and returns its bytes.
async function readBody(request, consume) {
  const chunks = [];
  if (request.body) {
    for await (const chunk of request.body) {
      consume(chunk);
      chunks.push(chunk);
    }
  }
  return concat(chunks);
}

function concat(chunks) {
  let size = 0;
  for (const chunk of chunks) size += chunk.byteLength;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function formDataOf(contentType, bytes) {
  return new Response(bytes, { headers: { 'content-type': contentType } }).formData().catch((error) => {
    throw httpError(400, 'ACTIONC_MALFORMED_MULTIPART', `malformed multipart body: ${error.message}`);
  });
}

// A form posted without JavaScript: React's fields name the action; the rest is the
// FormData the action receives. `$ACTION_REF_<p>` carries bound arguments in the fields
// `$ACTION_<p>:<n>`, a reply whose root (`:0`) is {"id", "bound": "$@1"}. With the app's
// `decodeReply` (React's) that reply is read whole, outlined parts included; actionc's
// codec reads the inline form its own stubs write (`:1` the list in React's scalar
// spellings).
async function formCall(form, scannedId, decodeReply, request) {
  const fields = new FormData();
  let refPrefix = null;
  for (const [key, value] of form) {
    if (!key.startsWith('$ACTION_')) fields.append(key, value);
    else if (key.startsWith('$ACTION_REF_')) refPrefix = key.slice('$ACTION_REF_'.length);
    else if (key.startsWith('$ACTION_ID_')) refPrefix = null; // a later marker wins, as the scanner decides
  }
  if (refPrefix === null) return { bound: [], fields };
  const prefix = `$ACTION_${refPrefix}:`;
  const malformed = (what) => httpError(400, 'ACTIONC_MALFORMED_MULTIPART', `malformed $ACTION_REF_ fields: ${what}`);
  let meta;
  let bound;
  if (decodeReply) {
    const reply = new FormData();
    for (const [key, value] of form) if (key.startsWith(prefix)) reply.append(key.slice(prefix.length), value);
    meta = await Promise.resolve(decodeReply(reply, { id: scannedId, request })).catch((error) => {
      throw malformed(error?.message ?? String(error));
    });
    if (meta?.id !== scannedId) throw malformed('the action does not match');
    bound = await meta.bound;
  } else {
    const root = form.get(`${prefix}0`);
    try {
      meta = JSON.parse(typeof root === 'string' ? root : 'null');
    } catch {
      meta = null;
    }
    if (meta?.id !== scannedId) throw malformed('the action does not match');
    if (meta.bound !== null && meta.bound !== undefined) {
      const list = form.get(`${prefix}1`);
      if (meta.bound !== '$@1' || typeof list !== 'string') throw malformed('bound arguments not in part 1');
      bound = await decodeValue(list);
    }
  }
  bound ??= [];
  if (!Array.isArray(bound)) throw malformed('bound arguments must be a list');
  return { bound, fields };
}

// After a form post without JavaScript: back to the page it came from (Post/Redirect/Get).
function redirectBack(request) {
  const url = new URL(request.url);
  let target = url.href;
  const referer = request.headers.get('referer');
  if (referer) {
    try {
      const back = new URL(referer);
      if (back.origin === url.origin) target = back.href;
    } catch {
      // not a URL: stay on the request's
    }
  }
  return new Response(null, { status: 303, headers: { location: target } });
}

async function encodeResult(value) {
  const body = await encodeBody(value);
  if (typeof body === 'string') return new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
  return new Response(body, { status: 200 });
}

/**
 * A Server Action endpoint as `(request: Request) => Promise<Response | null>` (null: not
 * an action request; serve it otherwise). Options:
 *   manifest        path of actions.manifest.json, a loadActionManifest() result, or a
 *                   function returning the manifest text (re-read when it changes: dev)
 *   loadModule      (modulePath, { id, module, export, kind }) => module namespace; default:
 *                   import() of `moduleRoot`/modulePath (moduleRoot: `<manifest dir>/server`)
 *   allowedOrigins, missingOrigin   the origin check (docs/runtime.md)
 *   bodySizeLimit   "1mb" (default), "500kb", or bytes
 *   decodeReply     (body: string | FormData, { id, request }) => value: reads a call's
 *                   arguments (a list) and a no-JavaScript form's `$ACTION_<p>:` reply;
 *                   default actionc's codec (React apps: React's decodeReply)
 *   respond         (result, { id, request }) => Response; default actionc's codec
 *   decodeAction    (formData, { id, request }) => bound action: a form posted without
 *                   JavaScript read by React's decodeAction (after the runtime has
 *                   authenticated the ID it names); default: actionc reads the fields
 *   formResponse    ({ result, id, request, formData }) => Response after a form posted
 *                   without JavaScript (React apps: decodeFormState(result, formData));
 *                   default 303 back to the (same-origin) Referer
 *   exposeErrors    send an action's own error message (dev); default "Internal error"
 *   onError         (error, { request, id }) => void, for logging every refused call
 */
export function createActionHandler(options = {}) {
  const manifest = manifestSource(options.manifest);
  const loadModule = options.loadModule ?? defaultLoader(options);
  const bodySizeLimit = options.bodySizeLimit ?? '1mb';
  const origin = { allowedOrigins: options.allowedOrigins ?? [], missingOrigin: options.missingOrigin ?? 'same-site-form' };
  const decodeArguments = options.decodeReply ?? ((body) => decodeBody(body, { serverReference: actionById }));
  const respond = options.respond ?? encodeResult;
  const formResponse = options.formResponse ?? (({ request }) => redirectBack(request));

  // The runtime authenticates the ID and finds it in the manifest (the typed 404s); the
  // module's export must then be the very action registered under that ID.
  async function actionById(id) {
    const resolved = (await manifest()).resolve(id);
    const module = await loadModule(resolved.module, { ...resolved, id });
    const fn = module?.[resolved.export];
    // The registered function carries this build's ID; after a key rotation a page of the
    // previous build posts another ID (of a key still in the ring) for the same action.
    if (typeof fn !== 'function' || fn.$$id !== (resolved.id ?? id)) {
      throw httpError(404, 'ACTIONC_ACTION_NOT_FOUND', `Failed to find Server Action "${id}": ${resolved.module} does not register ${resolved.export}`);
    }
    return fn;
  }

  async function call(request, headerId, contentType) {
    if (headerId) {
      // JavaScript: find the action before reading the body (an unknown ID costs nothing).
      const fn = await actionById(headerId);
      let body;
      if (isMultipart(contentType)) {
        const scanner = createFormActionScanner(contentType, bodySizeLimit); // limit + multipart bounds
        const bytes = await readBody(request, (chunk) => scanner.feed(chunk));
        scanner.finish();
        body = await formDataOf(contentType, bytes);
      } else {
        const counter = createBodyCounter(bodySizeLimit);
        body = new TextDecoder().decode(await readBody(request, (chunk) => counter.consume(chunk.byteLength)));
      }
      // Arguments a decoder cannot read are the client's fault: 400, not 500.
      const args = await Promise.resolve(decodeArguments(body, { id: headerId, request })).catch((error) => {
        throw error?.statusCode ? error : httpError(400, 'ACTIONC_MALFORMED_ARGUMENTS', `malformed Server Action arguments: ${error?.message ?? error}`);
      });
      if (!Array.isArray(args)) throw httpError(400, 'ACTIONC_MALFORMED_ARGUMENTS', 'the arguments must be a list');
      checkArgumentCount(args.length);
      return respond(await fn(...args), { id: headerId, request });
    }
    // No JavaScript: the runtime's streaming scanner names the action as the body arrives.
    const scanner = createFormActionScanner(contentType, bodySizeLimit);
    const bytes = await readBody(request, (chunk) => scanner.feed(chunk));
    const id = scanner.finish();
    if (!id) throw httpError(400, 'ACTIONC_MISSING_ACTION_ID', 'no Server Action in the request');
    const fn = await actionById(id); // authenticated, in the manifest, registered
    const form = await formDataOf(contentType, bytes);
    if (options.decodeAction) {
      // React's decodeAction reads the same fields through its server manifest.
      const action = await Promise.resolve(options.decodeAction(form, { id, request })).catch((error) => {
        throw httpError(400, 'ACTIONC_MALFORMED_MULTIPART', `malformed form action: ${error?.message ?? error}`);
      });
      if (typeof action !== 'function') throw httpError(400, 'ACTIONC_MISSING_ACTION_ID', 'no Server Action in the form');
      return formResponse({ result: await action(), id, request, formData: form });
    }
    const { bound, fields } = await formCall(form, id, options.decodeReply, request);
    checkArgumentCount(bound.length + 1);
    const result = await fn(...bound, fields);
    return formResponse({ result, id, request, formData: fields });
  }

  function failure(error, request, id) {
    const status = typeof error?.statusCode === 'number' ? error.statusCode : 500;
    const code = typeof error?.code === 'string' && error.code.startsWith('ACTIONC_') ? error.code : null;
    options.onError?.(error, { request, id });
    const headers = { 'content-type': 'text/plain; charset=utf-8' };
    if (ID_FAILURES.has(code)) {
      // The four ID failures answer alike (docs/runtime.md): no hint for a prober. The
      // header lets a client tell a stale deployment from other 404s.
      return new Response('Server Action not found', {
        status: 404,
        headers: { ...headers, [ACTION_NOT_FOUND_HEADER]: '1', [ERROR_CODE_HEADER]: 'ACTIONC_ACTION_NOT_FOUND' },
      });
    }
    if (code) headers[ERROR_CODE_HEADER] = code;
    const message = status < 500 || options.exposeErrors ? String(error?.message ?? error) : 'Internal error';
    return new Response(message, { status, headers });
  }

  return async function handleServerAction(request) {
    if (request.method !== 'POST') return null;
    const contentType = request.headers.get('content-type') ?? '';
    let headerId = null;
    try {
      headerId = actionIdFromHeaders(request.headers);
      if (!headerId && !isMultipart(contentType)) return null;
      checkActionOrigin(request.headers, origin);
      return await call(request, headerId, contentType);
    } catch (error) {
      return failure(error, request, headerId);
    }
  };
}

/**
 * Node's `http` shape over a Web handler: `(req, res, next?)`, as Express and Connect
 * call middleware. A request the handler does not take goes to `next()` (404 without it).
 * Mount it before any body parser: it reads the body itself, streaming.
 */
export function toNodeHandler(handler) {
  return async function nodeServerAction(req, res, next) {
    let response;
    try {
      response = await handler(toRequest(req));
    } catch (error) {
      if (next) return next(error);
      res.statusCode = 500;
      res.end('Internal error');
      return undefined;
    }
    if (response === null) {
      if (next) return next();
      res.statusCode = 404;
      res.end();
      return undefined;
    }
    await writeResponse(res, response);
    return undefined;
  };
}

/** createActionHandler(options) as Node middleware (toNodeHandler). */
export function createNodeActionHandler(options) {
  return toNodeHandler(createActionHandler(options));
}

function toRequest(req) {
  const protocol = req.socket?.encrypted ? 'https' : 'http';
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${protocol}://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined) headers.append(name, item);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? Readable.toWeb(req) : undefined,
    duplex: hasBody ? 'half' : undefined,
  });
}

async function writeResponse(res, response) {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie?.() ?? [];
  if (cookies.length) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  for await (const chunk of response.body) res.write(chunk);
  res.end();
}
