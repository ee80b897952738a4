// actionc's value codec: what the default callServer sends, what the server handler reads
// back and answers with, and the plaintext of encrypted captures. Browser-safe: no Node
// imports, only the platform's Blob, File, FormData, btoa/atob.
//
// A value becomes one JSON tree. Scalars use React's reply spellings, so the values a
// form's `$ACTION_<p>:1` field carries read the same with React's decodeReply and here:
//
//   "$$…"            a string that starts with "$" (escaped)
//   "$undefined" "$NaN" "$Infinity" "$-Infinity" "$-0"
//   "$n<digits>"     BigInt               "$D<ISO text>"   Date ("$DNaN": invalid)
//   "$B<part>"       Blob  (multipart part <part>)   "$F<part>"  File (name, type kept)
//
// Containers that JSON has no word for are arrays whose first element is a tag. A user's
// array can never start with one, because its strings that start with "$" are escaped:
//
//   ["$Q", k1, v1, k2, v2, …]     Map          ["$W", v1, v2, …]        Set
//   ["$K", k1, v1, …]             FormData (values: strings, "$B…"/"$F…")
//   ["$A", type, base64]          ArrayBuffer, DataView or a typed array
//   ["$h", id, b1, b2, …]         a server reference (`$$id`, `$$bound`): another action
//   ["$@", value]                 a promise (awaited while encoding)
//
// Plain objects (prototype Object.prototype or null) and arrays nest; array holes read as
// undefined. Anything else (class instances, symbols, functions that are not server
// references, cycles) is refused with a TypeError naming its path, never sent as `{}`.
// Shared references are sent once per occurrence.
//
// On the wire a value without Blobs is the JSON text (`application/json`); with Blobs it is
// multipart/form-data: part "0" the JSON text, parts "1", "2", … the Blobs.

const TAG_MAP = '$Q';
const TAG_SET = '$W';
const TAG_FORM_DATA = '$K';
const TAG_BINARY = '$A';
const TAG_SERVER_REFERENCE = '$h';
const TAG_PROMISE = '$@';
const CONTAINER_TAGS = new Set([TAG_MAP, TAG_SET, TAG_FORM_DATA, TAG_BINARY, TAG_SERVER_REFERENCE, TAG_PROMISE]);

/** Nesting deeper than this is refused (both ways): a decoder must not recurse without bound. */
export const MAX_DEPTH = 256;

const BINARY_TYPES = {
  ArrayBuffer: null,
  DataView: typeof DataView === 'undefined' ? null : DataView,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

const hasBlob = typeof Blob !== 'undefined';
const hasFile = typeof File !== 'undefined';
const hasFormData = typeof FormData !== 'undefined';

export class CodecError extends TypeError {
  constructor(message) {
    super(`actionc: ${message}`);
    this.name = 'CodecError';
    this.code = 'ACTIONC_MALFORMED_ARGUMENTS';
    this.statusCode = 400;
  }
}

function isServerReference(value) {
  return typeof value === 'function' && typeof value.$$id === 'string';
}

function isThenable(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
}

function toBase64(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function binaryTypeOf(value) {
  if (value instanceof ArrayBuffer) return 'ArrayBuffer';
  if (!ArrayBuffer.isView(value)) return null;
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  return name in BINARY_TYPES ? name : null;
}

function bytesOf(value) {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function (only server actions can be sent)';
  if (typeof value !== 'object') return `a ${typeof value}`;
  return value.constructor?.name ? `an instance of ${value.constructor.name}` : 'an exotic object';
}

/** What encodeScalar returns for objects, functions and symbols. */
export const NOT_SCALAR = Symbol('actionc.notScalar');

/**
 * The JSON form of a primitive, null or Date (React's reply spellings, so it is shared
 * with the synchronous `$$FORM_ACTION` encoder of actionc/client), else NOT_SCALAR.
 */
export function encodeScalar(value) {
  switch (typeof value) {
    case 'undefined':
      return '$undefined';
    case 'boolean':
      return value;
    case 'string':
      return value.startsWith('$') ? `$${value}` : value;
    case 'number':
      if (Number.isNaN(value)) return '$NaN';
      if (value === Infinity) return '$Infinity';
      if (value === -Infinity) return '$-Infinity';
      if (value === 0 && 1 / value === -Infinity) return '$-0';
      return value;
    case 'bigint':
      return `$n${value.toString(10)}`;
    case 'object':
      if (value === null) return null;
      if (value instanceof Date) return `$D${Number.isNaN(value.getTime()) ? 'NaN' : value.toISOString()}`;
      return NOT_SCALAR;
    default:
      return NOT_SCALAR;
  }
}

/**
 * Encodes `value` into `{ json, blobs }`: the JSON text and the Blobs it refers to by part
 * number (blobs[0] is part "1"). The value is read synchronously, when called (later
 * mutations are not sent); only promises inside it are awaited. `options.blobs === false` refuses Blobs, Files and
 * FormData (encrypted captures hold no file parts). `options.label` prefixes error paths.
 */
export async function encodeValue(value, options = {}) {
  const allowBlobs = options.blobs !== false;
  const blobs = [];
  const stack = [];
  const pending = [];
  const refuse = (path, what) => {
    throw new TypeError(`actionc: ${options.label ?? 'value'} ${path} cannot be sent: it is ${what}`);
  };

  function blobReference(blob, path) {
    if (!allowBlobs) refuse(path, `${blob instanceof File ? 'a File' : 'a Blob'} (captures cannot hold file parts)`);
    blobs.push(blob);
    return `${hasFile && blob instanceof File ? '$F' : '$B'}${blobs.length}`;
  }

  function walk(original, path) {
    const scalar = encodeScalar(original);
    if (scalar !== NOT_SCALAR) return scalar;
    if (typeof original === 'symbol') return refuse(path, 'a symbol');
    if (stack.length >= MAX_DEPTH) refuse(path, `nested deeper than ${MAX_DEPTH}`);
    if (stack.includes(original)) refuse(path, 'a cycle');
    stack.push(original);
    try {
      return walkContainer(original, path);
    } finally {
      stack.pop();
    }
  }

  function walkContainer(original, path) {
    if (isServerReference(original)) {
      const bound = original.$$bound ?? [];
      const out = [TAG_SERVER_REFERENCE, original.$$id];
      for (let i = 0; i < bound.length; i++) out.push(walk(bound[i], `${path}.$$bound[${i}]`));
      return out;
    }
    if (typeof original === 'function') return refuse(path, describe(original));
    if (isThenable(original)) {
      // Filled in once it settles; everything else is read now, synchronously.
      const node = [TAG_PROMISE, null];
      pending.push({ node, promise: original, path: `${path}(awaited)` });
      return node;
    }
    if (Array.isArray(original)) {
      const out = new Array(original.length);
      for (let i = 0; i < original.length; i++) out[i] = walk(original[i], `${path}[${i}]`);
      return out;
    }
    if (original instanceof Map) {
      const out = [TAG_MAP];
      let i = 0;
      for (const [key, item] of original) {
        out.push(walk(key, `${path}.keys[${i}]`), walk(item, `${path}.get(…#${i})`));
        i++;
      }
      return out;
    }
    if (original instanceof Set) {
      const out = [TAG_SET];
      let i = 0;
      for (const item of original) out.push(walk(item, `${path}.values[${i++}]`));
      return out;
    }
    if (hasFormData && original instanceof FormData) {
      if (!allowBlobs) refuse(path, 'a FormData (captures cannot hold file parts)');
      const out = [TAG_FORM_DATA];
      for (const [key, item] of original) {
        out.push(key, typeof item === 'string' ? (item.startsWith('$') ? `$${item}` : item) : blobReference(item, `${path}.get(${key})`));
      }
      return out;
    }
    if (hasBlob && original instanceof Blob) return blobReference(original, path);
    const binaryType = binaryTypeOf(original);
    if (binaryType) return [TAG_BINARY, binaryType, toBase64(bytesOf(original))];
    const prototype = Object.getPrototypeOf(original);
    if (prototype !== Object.prototype && prototype !== null) return refuse(path, describe(original));
    const out = {};
    for (const key of Object.keys(original)) {
      const item = walk(original[key], `${path}.${key}`);
      Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }

  const tree = walk(value, options.root ?? '$');
  while (pending.length) {
    const { node, promise, path } = pending.shift();
    node[1] = walk(await promise, path);
  }
  return { json: JSON.stringify(tree), blobs };
}

/**
 * Decodes what encodeValue produced. `options.blob(part)` returns the Blob of part
 * `part` (multipart bodies); `options.serverReference(id)` returns (or resolves to) the
 * function for a server reference. Malformed input throws CodecError (HTTP 400).
 */
export async function decodeValue(json, options = {}) {
  let tree;
  try {
    tree = JSON.parse(json);
  } catch (error) {
    throw new CodecError(`not a valid encoded value: ${error.message}`);
  }
  return decodeTree(tree, options);
}

/** decodeValue over an already parsed JSON tree. */
export async function decodeTree(tree, options = {}) {
  const fail = (path, what) => {
    throw new CodecError(`malformed encoded value at ${path}: ${what}`);
  };

  function blobAt(reference, path) {
    const part = reference.slice(2);
    if (!/^[1-9][0-9]{0,8}$/.test(part)) fail(path, `bad part number ${JSON.stringify(part)}`);
    const blob = options.blob?.(part);
    if (!hasBlob || !(blob instanceof Blob)) fail(path, `no file part ${part}`);
    if (reference[1] === 'F') return blob;
    // A Blob arrives as a File named "blob" (FormData's rule); give back a plain Blob.
    return hasFile && blob instanceof File ? new Blob([blob], { type: blob.type }) : blob;
  }

  function string(text, path) {
    if (!text.startsWith('$')) return text;
    if (text.startsWith('$$')) return text.slice(1);
    switch (text) {
      case '$undefined': return undefined;
      case '$NaN': return NaN;
      case '$Infinity': return Infinity;
      case '$-Infinity': return -Infinity;
      case '$-0': return -0;
      default: break;
    }
    switch (text[1]) {
      case 'n':
        if (!/^-?[0-9]+$/.test(text.slice(2))) fail(path, 'bad BigInt');
        return BigInt(text.slice(2));
      case 'D': {
        const date = new Date(text.slice(2) === 'NaN' ? NaN : text.slice(2));
        if (Number.isNaN(date.getTime()) && text.slice(2) !== 'NaN') fail(path, 'bad Date');
        return date;
      }
      case 'B':
      case 'F':
        return blobAt(text, path);
      default:
        return fail(path, `unknown tag ${JSON.stringify(text.slice(0, 16))}`);
    }
  }

  async function walk(node, path, depth) {
    if (depth > MAX_DEPTH) fail(path, `nested deeper than ${MAX_DEPTH}`);
    if (typeof node === 'string') return string(node, path);
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      if (typeof node[0] === 'string' && CONTAINER_TAGS.has(node[0])) return tagged(node, path, depth);
      const out = new Array(node.length);
      for (let i = 0; i < node.length; i++) out[i] = await walk(node[i], `${path}[${i}]`, depth + 1);
      return out;
    }
    const out = {};
    for (const key of Object.keys(node)) {
      // defineProperty: a "__proto__" key is data, never the prototype.
      Object.defineProperty(out, key, { value: await walk(node[key], `${path}.${key}`, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }

  async function tagged(node, path, depth) {
    const [tag, ...rest] = node;
    switch (tag) {
      case TAG_MAP: {
        if (rest.length % 2) fail(path, 'a Map needs key/value pairs');
        const map = new Map();
        for (let i = 0; i < rest.length; i += 2) map.set(await walk(rest[i], `${path}.keys[${i / 2}]`, depth + 1), await walk(rest[i + 1], `${path}.values[${i / 2}]`, depth + 1));
        return map;
      }
      case TAG_SET: {
        const set = new Set();
        for (let i = 0; i < rest.length; i++) set.add(await walk(rest[i], `${path}.values[${i}]`, depth + 1));
        return set;
      }
      case TAG_FORM_DATA: {
        if (!hasFormData) fail(path, 'no FormData on this platform');
        if (rest.length % 2) fail(path, 'FormData needs key/value pairs');
        const form = new FormData();
        for (let i = 0; i < rest.length; i += 2) {
          const [key, item] = [rest[i], rest[i + 1]];
          if (typeof key !== 'string' || typeof item !== 'string') fail(path, 'FormData entries are strings or file parts');
          const decoded = /^\$[BF]/.test(item) ? blobAt(item, `${path}.get(${key})`) : item.startsWith('$$') ? item.slice(1) : item;
          if (typeof decoded === 'string' && decoded.startsWith('$') && !item.startsWith('$$')) fail(path, 'bad FormData value');
          form.append(key, decoded);
        }
        return form;
      }
      case TAG_BINARY: {
        const [type, base64] = rest;
        if (typeof type !== 'string' || !Object.hasOwn(BINARY_TYPES, type) || typeof base64 !== 'string' || rest.length !== 2) fail(path, 'bad binary value');
        let bytes;
        try {
          bytes = fromBase64(base64);
        } catch {
          fail(path, 'bad base64');
        }
        if (type === 'ArrayBuffer') return bytes.buffer;
        const Type = BINARY_TYPES[type];
        const width = Type.BYTES_PER_ELEMENT ?? 1;
        if (bytes.byteLength % width) fail(path, `${bytes.byteLength} bytes are no ${type}`);
        return new Type(bytes.buffer, 0, Type === DataView ? bytes.byteLength : bytes.byteLength / width);
      }
      case TAG_SERVER_REFERENCE: {
        const [id, ...bound] = rest;
        if (typeof id !== 'string' || !id) fail(path, 'a server reference needs an ID');
        if (typeof options.serverReference !== 'function') fail(path, 'server references are not accepted here');
        const fn = await options.serverReference(id);
        if (typeof fn !== 'function') fail(path, `no server action ${id}`);
        if (!bound.length) return fn;
        const args = [];
        for (let i = 0; i < bound.length; i++) args.push(await walk(bound[i], `${path}.$$bound[${i}]`, depth + 1));
        return fn.bind(null, ...args);
      }
      case TAG_PROMISE:
        if (rest.length !== 1) fail(path, 'bad promise');
        return Promise.resolve(await walk(rest[0], `${path}(awaited)`, depth + 1));
      default:
        return fail(path, 'unknown container');
    }
  }

  return walk(tree, '$', 0);
}

/**
 * `value` as a request or response body: the JSON string when it holds no Blobs, else a
 * FormData (part "0" the JSON, parts "1"… the Blobs). fetch sets the multipart
 * Content-Type itself; give a string `application/json`.
 */
export async function encodeBody(value, options = {}) {
  const { json, blobs } = await encodeValue(value, options);
  if (!blobs.length) return json;
  const form = new FormData();
  form.append('0', json);
  blobs.forEach((blob, i) => form.append(String(i + 1), blob));
  return form;
}

/** Reads what encodeBody produced: a string (JSON) or a FormData. */
export async function decodeBody(body, options = {}) {
  if (typeof body === 'string') return decodeValue(body, options);
  if (!hasFormData || !(body instanceof FormData)) throw new CodecError('a body must be a string or FormData');
  const root = body.get('0');
  if (typeof root !== 'string') throw new CodecError('multipart body without its part "0"');
  return decodeValue(root, { ...options, blob: (part) => body.get(part) });
}
