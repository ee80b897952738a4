// actionc/server: what compiled 'use server' modules import on the server, plus the
// request-side helpers a server adapter needs. Backed by the native addon (native.js).
import { native } from './native.js';
import { decodeCaptures, encodeCaptures } from './bound-args-codec.js';

export { createActionHandler, createNodeActionHandler, toNodeHandler } from './handler.js';
export { decodeBody, encodeBody } from './codec.js';
export { ACTION_NOT_FOUND_HEADER, ERROR_CODE_HEADER } from './protocol.js';

const SERVER_REFERENCE_TAG = Symbol.for('react.server.reference');

// ---- server references (React's registerServerReference contract) ----------------

// Every action registered in this process, by ID: a captured action comes back from its
// encrypted blob as this function (a module re-evaluated by a dev server replaces it).
const registered = new Map();

/** The registered function of action `id` in this process, or undefined. */
export function registeredServerReference(id) {
  return registered.get(id);
}

function bind(thisArg, ...args) {
  const bound = Function.prototype.bind.call(this, thisArg, ...args);
  if (this.$$typeof !== SERVER_REFERENCE_TAG) return bound;
  return Object.defineProperties(bound, {
    $$typeof: { value: SERVER_REFERENCE_TAG },
    $$id: { value: this.$$id },
    $$bound: { value: this.$$bound ? this.$$bound.concat(args) : args },
    bind: { value: bind, configurable: true },
  });
}

/**
 * Marks `reference` as the server action `id`, exactly as React's
 * registerServerReference does ($$typeof, $$id, $$bound, and a `bind` that keeps the
 * marks and accumulates $$bound), with one difference: $$id is the actionc ID alone,
 * not `id + "#" + exportName`, because an actionc ID already names module and export.
 * `exportName` is kept as the non-enumerable `$$exportName` for debugging.
 */
export function registerServerReference(reference, id, exportName) {
  if (typeof reference !== 'function') {
    throw new TypeError(`actionc: registerServerReference expects a function for ${id}`);
  }
  registered.set(id, reference);
  return Object.defineProperties(reference, {
    $$typeof: { value: SERVER_REFERENCE_TAG },
    $$id: { value: id, configurable: true },
    $$bound: { value: null, configurable: true },
    $$exportName: { value: exportName ?? null, configurable: true },
    bind: { value: bind, configurable: true },
  });
}

// ---- key ring -------------------------------------------------------------------

let keyRing = null;

/**
 * Uses explicit keys instead of ACTIONC_ENCRYPTION_KEY / ACTIONC_PREVIOUS_KEYS.
 * `current`: base64 of 32 bytes; `previous`: array (or comma-separated string) of the same.
 */
export function setKeyRing({ current, previous } = {}) {
  keyRing = native().keyRingFromKeys(current, previous ?? null);
}

function ring() {
  keyRing ??= native().keyRingFromEnv();
  return keyRing;
}

/** Fingerprint of the current key (the manifest's keyId). */
export function keyFingerprint() {
  return native().keyRingFingerprint(ring());
}

// ---- bound arguments ------------------------------------------------------------

/**
 * Encrypts the captures of inline action `id` (called by compiled code as
 * `encryptActionBoundArgs("ID", [a, b])`). Resolves to an opaque string; see
 * bound-args-codec.js for which values may be captured.
 *
 * Compiled function declarations pass a thunk instead, `() => [a, b]`: their bound
 * reference is created at the top of the block (declarations are usable before the
 * line they are written on), where the captured variables may not be initialised yet.
 * The thunk then runs when the result is first awaited — when React serialises the
 * reference, or when the server calls the action itself — and only once.
 */
export function encryptActionBoundArgs(id, args) {
  if (typeof args !== 'function') return encryptNow(id, args);
  let encrypted = null;
  const evaluate = () => (encrypted ??= new Promise((resolve) => resolve(encryptNow(id, args()))));
  return {
    then: (onFulfilled, onRejected) => evaluate().then(onFulfilled, onRejected),
    catch: (onRejected) => evaluate().catch(onRejected),
  };
}

async function encryptNow(id, args) {
  return native().encryptBoundArgs(ring(), id, await encodeCaptures(id, args));
}

/**
 * Decrypts what encryptActionBoundArgs produced for the same action and returns the
 * captures array; a blob of a previous key of the ring (a page from before a key
 * rotation and rebuild) decrypts with the action's ID in this build. Accepts the string or a promise of it (React may hand back either).
 * Rejects with `code` ACTIONC_BOUND_ARGS_REJECTED (another action's blob, or tampered),
 * ACTIONC_MALFORMED_BOUND_ARGS or ACTIONC_UNKNOWN_KEY.
 */
export async function decryptActionBoundArgs(id, blobOrPromise) {
  const blob = await blobOrPromise;
  if (typeof blob !== 'string') {
    const error = new TypeError(`actionc: bound arguments of action ${id} are missing or not a string`);
    error.code = 'ACTIONC_MALFORMED_BOUND_ARGS';
    error.statusCode = 400;
    throw error;
  }
  return decodeCaptures(id, native().decryptBoundArgs(ring(), id, blob).toString('utf8'), {
    serverReference: registeredServerReference,
  });
}

// ---- request handling helpers ----------------------------------------------------

/**
 * Loads actions.manifest.json and checks it was built with a key of the ring.
 * `resolve(id)` returns { id, module, export, kind } or throws with `code`
 * ACTIONC_MALFORMED_ID / ACTIONC_UNKNOWN_KEY / ACTIONC_FORGED_ID / ACTIONC_ACTION_NOT_FOUND
 * and `statusCode`. An ID of any key of the ring resolves (key rotation); the result's
 * `id` is the action's ID in this build, which is what its code registered as `$$id`.
 */
export function loadActionManifest(path) {
  return manifestView(native().loadManifest(path));
}

/** loadActionManifest over the manifest's text (a dev server's, from `actionc serve`). */
export function loadActionManifestJson(text) {
  return manifestView(native().loadManifestJson(text));
}

function manifestView(manifest) {
  const addon = native();
  addon.checkManifestKey(manifest, ring());
  return {
    get size() {
      return addon.manifestActionCount(manifest);
    },
    resolve: (id) => addon.resolve(ring(), manifest, id),
  };
}

// Node gives repeated headers as arrays; the guard wants the value as one string.
function headerValue(headers, name) {
  const value = typeof headers.get === 'function' ? headers.get(name) : headers[name];
  if (Array.isArray(value)) return value.join(', ');
  return value ?? undefined;
}

function guardHeaders(headers) {
  const names = ['origin', 'host', 'x-forwarded-host', 'sec-fetch-site', 'content-type', 'next-action', 'action-id'];
  return Object.fromEntries(names.map((name) => [name, headerValue(headers, name)]));
}

/**
 * CSRF check of an action request. `headers`: Node's IncomingHttpHeaders or a fetch
 * Headers. Options: allowedOrigins (Next.js patterns), missingOrigin ('same-site-form' |
 * 'reject' | 'allow'). Throws `code` ACTIONC_CSRF_REJECTED, `statusCode` 403.
 */
export function checkActionOrigin(headers, { allowedOrigins = [], missingOrigin = 'same-site-form' } = {}) {
  native().checkOrigin(guardHeaders(headers), allowedOrigins, missingOrigin);
}

/** The action ID from `Next-Action` / `Action-Id`, or null (look in the form body). */
export function actionIdFromHeaders(headers) {
  return native().actionIdFromHeaders(guardHeaders(headers));
}

/**
 * Counts a streamed body that is not multipart (a JSON call) against `bodySizeLimit`:
 * consume(byteCount) throws ACTIONC_BODY_TOO_LARGE (413, Next.js's message) past it.
 */
export function createBodyCounter(bodySizeLimit) {
  const addon = native();
  const counter = addon.createBodyCounter(bodySizeLimit ?? null);
  return { consume: (bytes) => addon.bodyCounterConsume(counter, bytes) };
}

/** `bodySizeLimit` ("1mb", "500kb", or a number of bytes) to bytes. */
export function parseBodySizeLimit(limit) {
  return native().parseBodySizeLimit(limit);
}

/** Throws ACTIONC_TOO_MANY_ARGUMENTS for more than 1000 arguments. */
export function checkArgumentCount(count) {
  native().checkArgumentCount(count);
}

/**
 * A streaming multipart/form-data scanner for progressive-enhancement form posts:
 * feed(chunk) as the body arrives (throws ACTIONC_BODY_TOO_LARGE with Next.js's 413
 * message, or ACTIONC_MALFORMED_MULTIPART / ACTIONC_MULTIPART_LIMIT), then finish()
 * returns the action ID the form names ($ACTION_ID_* / $ACTION_REF_*), or null.
 */
export function createFormActionScanner(contentType, bodySizeLimit) {
  const addon = native();
  const parser = addon.createMultipartParser(contentType, bodySizeLimit ?? null);
  return {
    feed: (chunk) => addon.multipartFeed(parser, chunk),
    finish: () => addon.multipartFinish(parser),
    get bufferedBytes() {
      return addon.multipartBufferedBytes(parser);
    },
  };
}
