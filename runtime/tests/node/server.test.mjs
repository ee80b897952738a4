import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  actionIdFromHeaders,
  checkActionOrigin,
  checkArgumentCount,
  createFormActionScanner,
  decryptActionBoundArgs,
  encryptActionBoundArgs,
  keyFingerprint,
  loadActionManifest,
  parseBodySizeLimit,
  registerServerReference,
  setKeyRing,
} from '../../js/server.js';
import { addon, formBody, keyBase64, writeManifest } from './helpers.mjs';

const key = keyBase64(11);
setKeyRing({ current: key });

test('registerServerReference marks the function as React does', async () => {
  async function save(a, b) {
    return [a, b];
  }
  const reference = registerServerReference(save, 'ID1', 'save');
  assert.equal(reference, save);
  assert.equal(reference.$$typeof, Symbol.for('react.server.reference'));
  assert.equal(reference.$$id, 'ID1');
  assert.equal(reference.$$bound, null);
  assert.equal(reference.$$exportName, 'save');
  assert.ok(!Object.keys(reference).includes('$$id'), 'marks are not enumerable');

  const once = reference.bind(null, 1);
  assert.equal(once.$$typeof, Symbol.for('react.server.reference'));
  assert.equal(once.$$id, 'ID1');
  assert.deepEqual(once.$$bound, [1]);
  const twice = once.bind(null, 2);
  assert.deepEqual(twice.$$bound, [1, 2]);
  assert.deepEqual(await twice(), [1, 2]);

  const plain = function () {};
  assert.equal(Function.prototype.bind.call(plain, null).$$typeof, undefined);
  assert.throws(() => registerServerReference({}, 'ID', 'x'), TypeError);
});

test('bound args round-trip through encrypt/decrypt, promise or string', async () => {
  const captures = [1, 'two', { nested: [true, null, { deep: 3 }] }, undefined, [], {}];
  const blob = encryptActionBoundArgs('ACT', captures);
  assert.ok(blob instanceof Promise);
  assert.deepEqual(await decryptActionBoundArgs('ACT', blob), captures);
  const text = await blob;
  assert.match(text, /^[A-Za-z0-9_-]+$/);
  const decoded = await decryptActionBoundArgs('ACT', text);
  assert.equal(decoded.length, 6);
  assert.ok(3 in decoded && decoded[3] === undefined, 'top-level undefined restored');
  assert.ok(!text.includes('nested'), 'captures are not readable');
});

test('a thunk of captures is read lazily, once, when first awaited', async () => {
  let reads = 0;
  let value; // "not initialised yet" when the bound reference is created
  const blob = encryptActionBoundArgs('LAZY', () => {
    reads += 1;
    return [value];
  });
  assert.equal(reads, 0, 'nothing is read at creation');
  value = 'ready';
  assert.deepEqual(await decryptActionBoundArgs('LAZY', blob), ['ready']);
  assert.deepEqual(await decryptActionBoundArgs('LAZY', blob), ['ready']);
  assert.equal(reads, 1);
  const failing = encryptActionBoundArgs('LAZY', () => {
    throw new ReferenceError('Cannot access before initialization');
  });
  await assert.rejects(decryptActionBoundArgs('LAZY', failing), ReferenceError);
});

test('a blob of one action is rejected by another', async () => {
  const blob = await encryptActionBoundArgs('ACT-A', ['secret']);
  await assert.rejects(decryptActionBoundArgs('ACT-B', blob), { code: 'ACTIONC_BOUND_ARGS_REJECTED', statusCode: 400 });
  await assert.rejects(decryptActionBoundArgs('ACT-A', blob.slice(0, -2) + (blob.endsWith('AA') ? 'BA' : 'AA')), (e) =>
    ['ACTIONC_BOUND_ARGS_REJECTED', 'ACTIONC_MALFORMED_BOUND_ARGS'].includes(e.code),
  );
  await assert.rejects(decryptActionBoundArgs('ACT-A', undefined), { code: 'ACTIONC_MALFORMED_BOUND_ARGS' });
  await assert.rejects(decryptActionBoundArgs('ACT-A', Promise.resolve(42)), { code: 'ACTIONC_MALFORMED_BOUND_ARGS' });
});

test('key rotation: previous keys still decrypt', async () => {
  const blob = await encryptActionBoundArgs('ROT', ['old']);
  setKeyRing({ current: keyBase64(12), previous: [key] });
  try {
    assert.deepEqual(await decryptActionBoundArgs('ROT', blob), ['old']);
    setKeyRing({ current: keyBase64(12) });
    await assert.rejects(decryptActionBoundArgs('ROT', blob), { code: 'ACTIONC_UNKNOWN_KEY' });
  } finally {
    setKeyRing({ current: key });
  }
});

test('captures use the codec: Date, Map, Set, BigInt, undefined anywhere and typed arrays round-trip', async () => {
  const captures = [new Date(5), new Map([['k', new Set([1n, undefined])]]), 10n, NaN, -Infinity, [1, undefined], new Uint8Array([7]), { a: undefined }];
  const decoded = await decryptActionBoundArgs('RICH', encryptActionBoundArgs('RICH', captures));
  assert.deepEqual(decoded, captures);
  assert.ok('a' in decoded[7], 'an undefined property stays a property');
});

test('a captured server action comes back as the registered function, with its own bound arguments', async () => {
  const inner = registerServerReference(async (blob, x) => [await decryptActionBoundArgs('INNER', blob), x], 'INNER', 'inner');
  const bound = inner.bind(null, encryptActionBoundArgs('INNER', [new Date(1)]));
  const [restored] = await decryptActionBoundArgs('OUTER', encryptActionBoundArgs('OUTER', [bound]));
  assert.equal(typeof restored, 'function');
  assert.deepEqual(await restored('arg'), [[new Date(1)], 'arg']);
  const [plain] = await decryptActionBoundArgs('OUTER', encryptActionBoundArgs('OUTER', [inner]));
  assert.equal(plain, inner);
});

test('key rotation across a rebuild: an old blob decrypts with the action\'s new ID', async () => {
  const specs = ['app/page.tsx:Page/rename:inline', 'app/page.tsx:Page/remove:inline'];
  const before = writeManifest(key, specs).manifest.actions;
  const blob = await encryptActionBoundArgs(before[0].id, ['owner']);
  const after = writeManifest(keyBase64(13), specs).manifest.actions;
  setKeyRing({ current: keyBase64(13), previous: [key] });
  try {
    assert.deepEqual(await decryptActionBoundArgs(after[0].id, blob), ['owner']);
    await assert.rejects(decryptActionBoundArgs(after[1].id, blob), { code: 'ACTIONC_BOUND_ARGS_REJECTED' });
  } finally {
    setKeyRing({ current: key });
  }
});

test('captures the codec cannot represent are refused by name', async () => {
  class Point {}
  const cyclic = {};
  cyclic.self = cyclic;
  const refused = [
    [() => 1, /capture of action BAD: \$\[0\] cannot be sent: it is a function/],
    [Symbol('s'), /a symbol/],
    [new Point(), /an instance of Point/],
    [{ when: new Point() }, /\$\[0\]\.when cannot be sent/],
    [new Blob(['x']), /captures cannot hold file parts/],
    [new FormData(), /captures cannot hold file parts/],
    [cyclic, /a cycle/],
  ];
  for (const [value, message] of refused) {
    await assert.rejects(encryptActionBoundArgs('BAD', [value]), (error) => {
      assert.ok(error instanceof TypeError);
      assert.match(error.message, message);
      return true;
    });
  }
  await assert.rejects(encryptActionBoundArgs('BAD', 'not an array'), TypeError);
});

test('blobs of the previous plaintext format (v1, plain JSON) still decrypt', async () => {
  const ring = addon.keyRingFromKeys(key, null);
  const v1 = addon.encryptBoundArgs(ring, 'OLD', JSON.stringify({ v: 1, args: [1, null, { a: 'b' }], undef: [1] }));
  assert.deepEqual(await decryptActionBoundArgs('OLD', v1), [1, undefined, { a: 'b' }]);
  const unknown = addon.encryptBoundArgs(ring, 'OLD', JSON.stringify({ v: 9, args: [] }));
  await assert.rejects(decryptActionBoundArgs('OLD', unknown), /unknown format/);
});

test('loadActionManifest resolves with the configured key ring', () => {
  const { path, manifest } = writeManifest(key, ['app/a.ts:one', 'app/b.tsx:Form/submit:inline']);
  const actions = loadActionManifest(path);
  assert.equal(actions.size, 2);
  assert.deepEqual(actions.resolve(manifest.actions[1].id), { id: manifest.actions[1].id, module: 'app/b.tsx', export: 'Form/submit', kind: 'inline' });
  assert.throws(() => actions.resolve('nope'), { code: 'ACTIONC_MALFORMED_ID' });
  const other = writeManifest(keyBase64(99), ['app/a.ts:one']);
  assert.throws(() => loadActionManifest(other.path), { code: 'ACTIONC_INVALID_KEY' });
  assert.match(keyFingerprint(), /^[0-9a-f]{16}$/);
  assert.equal(keyFingerprint(), manifest.keyId);
});

test('request helpers accept Node and fetch header shapes', () => {
  checkActionOrigin({ origin: 'https://example.com', host: 'example.com' });
  checkActionOrigin({ origin: 'https://example.com', host: 'internal', 'x-forwarded-host': ['example.com', 'cdn'] });
  checkActionOrigin(new Headers({ origin: 'https://a.example.org', host: 'example.com' }), { allowedOrigins: ['*.example.org'] });
  assert.throws(() => checkActionOrigin(new Headers({ origin: 'https://evil.com', host: 'example.com' })), {
    code: 'ACTIONC_CSRF_REJECTED',
  });
  assert.throws(() => checkActionOrigin({ host: 'example.com' }, { missingOrigin: 'reject' }), { code: 'ACTIONC_CSRF_REJECTED' });
  const nullOrigin = { origin: 'null', host: 'example.com', 'sec-fetch-site': 'same-site', 'content-type': 'multipart/form-data; boundary=b' };
  assert.throws(() => checkActionOrigin(nullOrigin), { code: 'ACTIONC_CSRF_REJECTED' });
  checkActionOrigin(nullOrigin, { allowedOrigins: ['null'] });

  assert.equal(actionIdFromHeaders(new Headers({ 'Next-Action': 'abc' })), 'abc');
  assert.equal(actionIdFromHeaders({}), null);
  assert.equal(parseBodySizeLimit('2mb'), 2 * 1024 * 1024);
  checkArgumentCount(3);
  assert.throws(() => checkArgumentCount(5000), { code: 'ACTIONC_TOO_MANY_ARGUMENTS' });
});

test('createFormActionScanner finds the form action and enforces the limit', () => {
  const scanner = createFormActionScanner('multipart/form-data; boundary=B', '1kb');
  scanner.feed(Buffer.from(formBody('B', [['$ACTION_ID_formAct', ''], ['title', 'hello']])));
  assert.ok(scanner.bufferedBytes < 64);
  assert.equal(scanner.finish(), 'formAct');

  const big = createFormActionScanner('multipart/form-data; boundary=B', 100);
  assert.throws(() => big.feed('x'.repeat(101)), { code: 'ACTIONC_BODY_TOO_LARGE', message: /^Body exceeded 100 limit\./ });
});
