// The plaintext format of encrypted bound arguments (the captures of an inline action).
//
// Captures are serialised as JSON, not with React's Flight reply encoding: JSON is
// available everywhere, has one obvious reading, and keeps the decrypt side free of a
// general object-graph decoder that an attacker would otherwise get to drive. The cost is
// a narrower value set, which is enforced loudly here rather than corrupted silently:
//
//   allowed:  null, booleans, finite numbers, strings, arrays, plain objects (nested),
//             and `undefined` as a top-level capture (restored exactly);
//   refused:  functions, symbols, bigints, NaN/Infinity, Date, Map, Set, class
//             instances, typed arrays, and cycles -- each with a TypeError naming the
//             capture and the path inside it.
//
// Wire form: JSON `{"v":1,"args":[...],"undef":[indices of top-level undefined]}`.

const FORMAT_VERSION = 1;

function describe(value) {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return value.constructor?.name ? `a ${value.constructor.name}` : 'an exotic object';
}

function check(value, path, seen, fail) {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) fail(path, String(value));
      return;
    case 'undefined':
      // Inside objects JSON drops the key, which reads back the same; inside arrays it
      // would turn into null, which does not.
      if (path.endsWith(']')) fail(path, 'undefined inside an array');
      return;
    case 'object': {
      if (value === null) return;
      if (seen.has(value)) fail(path, 'a cycle');
      const prototype = Object.getPrototypeOf(value);
      if (Array.isArray(value)) {
        seen.add(value);
        for (let i = 0; i < value.length; i++) check(value[i], `${path}[${i}]`, seen, fail);
        seen.delete(value);
        return;
      }
      if (prototype !== Object.prototype && prototype !== null) fail(path, describe(value));
      seen.add(value);
      for (const key of Object.keys(value)) check(value[key], `${path}.${key}`, seen, fail);
      seen.delete(value);
      return;
    }
    default:
      fail(path, typeof value);
  }
}

export function encodeCaptures(actionId, captures) {
  if (!Array.isArray(captures)) {
    throw new TypeError(`actionc: bound arguments of action ${actionId} must be an array`);
  }
  const undef = [];
  const args = captures.map((value, index) => {
    if (value === undefined) {
      undef.push(index);
      return null;
    }
    check(value, `$[${index}]`, new Set(), (path, what) => {
      throw new TypeError(
        `actionc: capture ${index} of action ${actionId} cannot be sent to the client: ${path} is ${what}. ` +
          'Bound arguments are serialised as JSON (see actionc/server documentation).',
      );
    });
    return value;
  });
  return JSON.stringify({ v: FORMAT_VERSION, args, undef });
}

export function decodeCaptures(actionId, text) {
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    payload = null;
  }
  if (
    !payload ||
    payload.v !== FORMAT_VERSION ||
    !Array.isArray(payload.args) ||
    !Array.isArray(payload.undef) ||
    !payload.undef.every((i) => Number.isInteger(i) && i >= 0 && i < payload.args.length)
  ) {
    // Authenticated but not ours: a blob from an incompatible actionc version.
    throw new TypeError(`actionc: bound arguments of action ${actionId} have an unknown format`);
  }
  const args = payload.args;
  for (const index of payload.undef) args[index] = undefined;
  return args;
}
