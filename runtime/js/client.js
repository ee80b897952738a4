// actionc/client: what compiled client stubs import. No native code, no Node APIs:
// this module runs in the browser.
import { NOT_SCALAR, decodeBody, encodeBody, encodeScalar } from './codec.js';
import { ACTION_NOT_FOUND_HEADER, ERROR_CODE_HEADER } from './protocol.js';

export { decodeBody, encodeBody } from './codec.js';
export { ACTION_NOT_FOUND_HEADER, ERROR_CODE_HEADER } from './protocol.js';

let endpoint = null;
let serverCallback = null;
let sequential = true;
let queue = Promise.resolve();

/**
 * Replaces the default transport for every stub created with this module's callServer
 * (what compiled stubs pass): `fn(id, args)` is called instead, e.g. a React Flight
 * transport (encodeReply + fetch + createFromFetch). `null` restores the default one.
 * The same role as setServerCallback in @vitejs/plugin-rsc's runtime.
 */
export function setServerCallback(fn) {
  if (fn !== null && typeof fn !== 'function') throw new TypeError('actionc: setServerCallback expects a function or null');
  serverCallback = fn;
}

/**
 * Where the default callServer posts. Defaults to the current page (as Next.js does);
 * set it explicitly outside a browser or for a dedicated action route.
 */
export function setServerActionEndpoint(url) {
  endpoint = url;
}

/**
 * The default transport sends one action at a time, in call order (Next.js's rule: a
 * later action sees the effects of an earlier one). `false` sends each call at once.
 */
export function setSequentialDispatch(enabled) {
  sequential = Boolean(enabled);
}

function currentEndpoint() {
  if (endpoint !== null) return endpoint;
  if (typeof location !== 'undefined' && location.href) return location.href;
  throw new Error('actionc: no Server Action endpoint; call setServerActionEndpoint(url) outside a browser');
}

/** A Server Action call the server refused or failed: `status`, `code`, `actionId`. */
export class ServerActionError extends Error {
  constructor(message, { status, code, actionId } = {}) {
    super(message);
    this.name = 'ServerActionError';
    this.status = status;
    this.code = code ?? null;
    this.actionId = actionId;
  }
}

/**
 * The server does not know this action: typically the page was loaded from an older
 * deployment. Catch it to offer a reload (Next.js: "Failed to find Server Action").
 */
export class UnknownServerActionError extends ServerActionError {
  constructor(message, details) {
    super(message, details);
    this.name = 'UnknownServerActionError';
  }
}


async function errorOf(id, response) {
  const text = await response.text().catch(() => '');
  const details = { status: response.status, code: response.headers.get(ERROR_CODE_HEADER), actionId: id };
  if (response.headers.get(ACTION_NOT_FOUND_HEADER)) {
    return new UnknownServerActionError(`Server Action ${id} was not found on the server (an older deployment?)`, details);
  }
  return new ServerActionError(`Server Action ${id} failed (HTTP ${response.status})${text ? `: ${text}` : ''}`, details);
}

async function send(id, body) {
  const headers = { 'Next-Action': id, Accept: 'application/json, multipart/form-data' };
  if (typeof body === 'string') headers['Content-Type'] = 'application/json';
  const response = await fetch(currentEndpoint(), { method: 'POST', headers, body });
  if (!response.ok) throw await errorOf(id, response);
  const type = response.headers.get('content-type') ?? '';
  // Server references in the result become stubs on this transport.
  const options = { serverReference: (refId) => createServerReference(refId, callServer) };
  if (type.startsWith('multipart/form-data')) return decodeBody(await response.formData(), options);
  if (type.includes('json')) return decodeBody(await response.text(), options);
  return response.status === 204 ? undefined : response.text();
}

/**
 * The default transport: POST to the current page with the action ID in `Next-Action`;
 * the arguments in actionc's codec (codec.js: JSON, or multipart/form-data when they hold
 * Blobs, Files or FormData), the result decoded with the same codec. Calls run one at a
 * time in call order unless setSequentialDispatch(false). A refused call rejects with a
 * ServerActionError (UnknownServerActionError for an ID the server does not know).
 */
export function callServer(id, args) {
  if (serverCallback !== null) return serverCallback(id, args);
  const body = encodeBody(args, { label: `argument of action ${id}:` }); // read now, in call order
  if (!sequential) return body.then((encoded) => send(id, encoded));
  const run = queue.then(async () => send(id, await body));
  queue = run.catch(() => {});
  return run;
}

/** React's findSourceMapURL hook; actionc has no server source maps to offer the client. */
export function findSourceMapURL() {
  return null;
}

// ---- progressive enhancement: React's $$FORM_ACTION contract -----------------------
//
// When react-dom/server renders <form action={fn}> (or <button formAction={fn}>) and fn
// has $$FORM_ACTION, it calls fn.$$FORM_ACTION(identifierPrefix) and renders what it
// returns: the form's method/encType, the submit name, and every field of `data` as a
// hidden input, so that the form posts to the server without JavaScript. React's own
// client references (react-server-dom-webpack/client) encode it as below; the server side
// (decodeAction, or actionc's multipart scanner) reads it back:
//   unbound:  name `$ACTION_ID_<id>`, no data;
//   bound:    name `$ACTION_REF_<prefix>`, data `$ACTION_<prefix>:0` = `{"id": id,
//             "bound": "$@1"}` and `$ACTION_<prefix>:1` = the reply-encoded bound list.
// Throwing a non-thenable from $$FORM_ACTION makes React fall back to a JavaScript-only
// form (it catches the error); a thenable suspends the render until it settles.

const ObjectPrototype = Object.prototype;

function unsupported(id, path, what) {
  return new TypeError(
    `actionc: bound argument ${path} of action ${id} cannot be encoded into a form field (${what}); ` +
      'this form works only with JavaScript',
  );
}

/**
 * React's reply encoding (encodeReply / processReply) for the values a client can bind
 * synchronously: null, booleans, numbers (with $NaN, $Infinity, $-Infinity, $-0),
 * strings ('$' escaped as '$$'), undefined ($undefined), bigint ($n), Date ($D), arrays
 * and plain objects. Anything that React would outline into a separate part (Map, Set,
 * FormData, Blob, typed arrays, iterables, promises, functions, server references) or
 * that is not plain (class instances, symbols) is refused with a TypeError.
 */
export function encodeReplyValue(id, value, rootPath = '$') {
  const stack = [];
  function walk(original, path) {
    if (original instanceof Date && Number.isNaN(original.getTime())) throw unsupported(id, path, 'an invalid Date');
    const scalar = encodeScalar(original);
    if (scalar !== NOT_SCALAR) return scalar;
    if (typeof original === 'function') throw unsupported(id, path, 'a function');
    if (typeof original === 'symbol') throw unsupported(id, path, 'a symbol');
    if (typeof original.then === 'function') throw unsupported(id, path, 'a promise');
    if (stack.includes(original)) throw unsupported(id, path, 'a cycle');
    stack.push(original);
    let out;
    if (Array.isArray(original)) {
      out = original.map((item, i) => walk(item, `${path}[${i}]`));
    } else {
      const proto = Object.getPrototypeOf(original);
      if (proto !== ObjectPrototype && proto !== null) {
        throw unsupported(id, path, `an instance of ${original.constructor?.name ?? 'a class'}`);
      }
      out = {};
      for (const key of Object.keys(original)) out[key] = walk(original[key], `${path}.${key}`);
    }
    stack.pop();
    return out;
  }
  return JSON.stringify(walk(value, rootPath));
}

function formAction(id, bound, encodeFormAction) {
  if (typeof encodeFormAction === 'function') {
    // React's contract for a custom encoder: (id, Promise of the bound arguments).
    return function $$FORM_ACTION() {
      return encodeFormAction(id, Promise.resolve(bound ?? []));
    };
  }
  return function $$FORM_ACTION(identifierPrefix) {
    if (bound === null) return { name: `$ACTION_ID_${id}`, method: 'POST', encType: 'multipart/form-data', data: null };
    const data = new FormData();
    // As React's encoder writes it: the bound list is a promise, outlined into part 1
    // ("$@1"); React's decodeAction binds only a promise-valued `bound`. Encoded eagerly,
    // so an unsupported bound value throws here and React falls back to JavaScript.
    const boundPart = encodeReplyValue(id, bound, 'bound');
    data.append(`$ACTION_${identifierPrefix}:0`, JSON.stringify({ id: id.startsWith('$') ? `$${id}` : id, bound: '$@1' }));
    data.append(`$ACTION_${identifierPrefix}:1`, boundPart);
    return { name: `$ACTION_REF_${identifierPrefix}`, method: 'POST', encType: 'multipart/form-data', data };
  };
}

function makeReference(id, transport, bound, exportName, encodeFormAction) {
  const reference = (...args) => transport(id, bound.length ? bound.concat(args) : args);
  const boundOrNull = bound.length ? bound : null;
  return Object.defineProperties(reference, {
    name: { value: exportName ?? 'serverAction', configurable: true },
    $$id: { value: id },
    $$bound: { value: boundOrNull },
    $$FORM_ACTION: { value: formAction(id, boundOrNull, encodeFormAction) },
    // useActionState's permalink check: same action, same number of bound arguments.
    $$IS_SIGNATURE_EQUAL: {
      value: (referenceId, numberOfBoundArgs) => referenceId === id && (boundOrNull?.length ?? 0) === numberOfBoundArgs,
    },
    // Binding a server reference binds its arguments (`this` cannot cross the network).
    bind: {
      value: (_thisArg, ...args) => makeReference(id, transport, bound.concat(args), exportName, encodeFormAction),
      configurable: true,
    },
  });
}

/**
 * React's createServerReference(id, callServer, encodeFormAction, findSourceMapURL,
 * functionName): a function that calls action `id` through `callServer(id, args)`, with
 * React's client-reference surface: `$$FORM_ACTION` (so react-dom/server renders the
 * progressive-enhancement fields itself), `$$IS_SIGNATURE_EQUAL`, and a `bind` that
 * pre-binds arguments. `encodeFormAction(id, boundPromise)`, when given, replaces the
 * default field encoding (React's contract); findSourceMapURL is accepted for signature
 * compatibility.
 */
export function createServerReference(id, transport, encodeFormAction, _findSourceMapURL, exportName) {
  return makeReference(id, transport ?? callServer, [], exportName, encodeFormAction);
}
