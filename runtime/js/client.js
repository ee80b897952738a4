// actionc/client: what compiled client stubs import. No native code, no Node APIs:
// this module runs in the browser.

let endpoint = null;
let serverCallback = null;

/**
 * Replaces the default transport for every stub created with this module's callServer
 * (what compiled stubs pass): `fn(id, args)` is called instead, e.g. a React Flight
 * transport (encodeReply + fetch + createFromFetch). `null` restores the JSON transport.
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
  if (serverCallback !== null) return serverCallback(id, args);
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
    switch (typeof original) {
      case 'undefined':
        return '$undefined';
      case 'boolean':
        return original;
      case 'string':
        return original.startsWith('$') ? `$${original}` : original;
      case 'number':
        if (Number.isNaN(original)) return '$NaN';
        if (original === Infinity) return '$Infinity';
        if (original === -Infinity) return '$-Infinity';
        if (original === 0 && 1 / original === -Infinity) return '$-0';
        return original;
      case 'bigint':
        return `$n${original.toString(10)}`;
      case 'function':
        throw unsupported(id, path, 'a function');
      case 'symbol':
        throw unsupported(id, path, 'a symbol');
      default:
        break;
    }
    if (original === null) return null;
    if (original instanceof Date) {
      if (Number.isNaN(original.getTime())) throw unsupported(id, path, 'an invalid Date');
      return `$D${original.toJSON()}`;
    }
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
