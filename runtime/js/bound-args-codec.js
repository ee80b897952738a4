// The plaintext of encrypted bound arguments (the captures of an inline action).
//
// Version 2 (written): `{"v":2,"args":<tree>}` where <tree> is the captures array in
// actionc's value codec (codec.js), the same one the default callServer and the server
// handler use: Date, Map, Set, BigInt, undefined (anywhere), special numbers, typed arrays,
// nested arrays and plain objects, and other server actions (`$$id`, with their own bound
// arguments) round-trip. Blobs, Files and FormData are refused (a blob has no file parts),
// and so are class instances, symbols, plain functions and cycles, each with a TypeError
// naming the capture and the path inside it.
//
// Version 1 (read only, actionc 0.1): `{"v":1,"args":[…],"undef":[indices]}`, plain JSON
// with top-level undefined restored; blobs minted by a server of the previous release
// still decrypt during a rolling deploy.
//
// Decoding a general value graph is safe here because the plaintext is authenticated: it
// decrypts only if this server's key encrypted it for this action, so it was produced by
// encodeCaptures, never by a client.
import { decodeTree, encodeValue } from './codec.js';

const FORMAT_VERSION = 2;

export async function encodeCaptures(actionId, captures) {
  if (!Array.isArray(captures)) {
    throw new TypeError(`actionc: bound arguments of action ${actionId} must be an array`);
  }
  const { json } = await encodeValue(captures, { blobs: false, label: `capture of action ${actionId}:`, root: '$' });
  return `{"v":${FORMAT_VERSION},"args":${json}}`;
}

function unknownFormat(actionId) {
  // Authenticated but not ours: a blob from an incompatible actionc version.
  return new TypeError(`actionc: bound arguments of action ${actionId} have an unknown format`);
}

function decodeVersion1(actionId, payload) {
  if (!Array.isArray(payload.undef) || !payload.undef.every((i) => Number.isInteger(i) && i >= 0 && i < payload.args.length)) {
    throw unknownFormat(actionId);
  }
  const args = payload.args;
  for (const index of payload.undef) args[index] = undefined;
  return args;
}

/**
 * The captures array from the decrypted plaintext. `serverReference(id)` returns the
 * registered function for a captured server action.
 */
export async function decodeCaptures(actionId, text, { serverReference } = {}) {
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    payload = null;
  }
  if (!payload || typeof payload !== 'object' || !Array.isArray(payload.args)) throw unknownFormat(actionId);
  if (payload.v === 1) return decodeVersion1(actionId, payload);
  if (payload.v !== FORMAT_VERSION) throw unknownFormat(actionId);
  return decodeTree(payload.args, { serverReference });
}
