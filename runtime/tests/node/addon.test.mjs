import { test } from 'node:test';
import assert from 'node:assert/strict';

import { addon, formBody, keyBase64, writeManifest } from './helpers.mjs';

const key = keyBase64(1);
const specs = ['app/actions.ts:createTodo', 'app/page.tsx:Page/remove:inline'];

function rejects(fn, code) {
  assert.throws(fn, (error) => {
    assert.equal(error.code, code);
    assert.equal(typeof error.message, 'string');
    return true;
  });
}

test('key rings from explicit keys and from the environment', () => {
  const ring = addon.keyRingFromKeys(key, [keyBase64(2)]);
  assert.match(addon.keyRingFingerprint(ring), /^[0-9a-f]{16}$/);
  rejects(() => addon.keyRingFromKeys('short'), 'ACTIONC_INVALID_KEY');
  rejects(() => addon.keyRingFromKeys(key, 'AAAA'), 'ACTIONC_INVALID_KEY');

  process.env.ACTIONC_ENCRYPTION_KEY = keyBase64(3);
  process.env.ACTIONC_PREVIOUS_KEYS = `${key},${keyBase64(4)}`;
  const fromEnv = addon.keyRingFromEnv();
  assert.equal(addon.keyRingFingerprint(fromEnv), addon.keyRingFingerprint(addon.keyRingFromKeys(keyBase64(3))));
  delete process.env.ACTIONC_ENCRYPTION_KEY;
  delete process.env.ACTIONC_PREVIOUS_KEYS;
  rejects(() => addon.keyRingFromEnv(), 'ACTIONC_INVALID_KEY');
});

test('loadManifest and resolve', () => {
  const ring = addon.keyRingFromKeys(key);
  const { path, json, manifest } = writeManifest(key, specs);
  const loaded = addon.loadManifest(path);
  assert.equal(addon.manifestActionCount(loaded), 2);
  assert.equal(addon.manifestActionCount(addon.loadManifestJson(json)), 2);
  addon.checkManifestKey(loaded, ring);
  rejects(() => addon.checkManifestKey(loaded, addon.keyRingFromKeys(keyBase64(9))), 'ACTIONC_INVALID_KEY');

  const [todo, remove] = manifest.actions;
  assert.deepEqual(addon.resolve(ring, loaded, todo.id), { id: todo.id, module: 'app/actions.ts', export: 'createTodo', kind: 'module' });
  assert.deepEqual(addon.resolve(ring, loaded, remove.id), { id: remove.id, module: 'app/page.tsx', export: 'Page/remove', kind: 'inline' });

  const unlisted = writeManifest(key, ['app/actions.ts:gone']).manifest.actions[0].id;
  assert.throws(() => addon.resolve(ring, loaded, unlisted), {
    code: 'ACTIONC_ACTION_NOT_FOUND',
    statusCode: 404,
    message: `Failed to find Server Action "${unlisted}"`,
  });
  rejects(() => addon.resolve(ring, loaded, 'x'), 'ACTIONC_MALFORMED_ID');
  const foreign = writeManifest(keyBase64(7), specs).manifest.actions[0].id;
  rejects(() => addon.resolve(ring, loaded, foreign), 'ACTIONC_UNKNOWN_KEY');
  // Change one character in the middle of the ciphertext.
  const middle = 20;
  const forged = todo.id.slice(0, middle) + (todo.id[middle] === 'A' ? 'B' : 'A') + todo.id.slice(middle + 1);
  assert.throws(() => addon.resolve(ring, loaded, forged), (e) => ['ACTIONC_FORGED_ID', 'ACTIONC_MALFORMED_ID'].includes(e.code));

  rejects(() => addon.loadManifest(path + '.missing'), 'ACTIONC_INVALID_MANIFEST');
  rejects(() => addon.loadManifestJson('{"version":2}'), 'ACTIONC_INVALID_MANIFEST');
});

test('after a key rotation and rebuild, IDs of the previous key resolve to the new entries', () => {
  const oldIds = writeManifest(key, specs).manifest.actions.map((a) => a.id);
  const rebuilt = writeManifest(keyBase64(4), specs);
  const rotated = addon.keyRingFromKeys(keyBase64(4), [key]);
  const loaded = addon.loadManifest(rebuilt.path);
  addon.checkManifestKey(loaded, rotated);
  for (const [i, entry] of rebuilt.manifest.actions.entries()) {
    assert.notEqual(oldIds[i], entry.id);
    assert.deepEqual(addon.resolve(rotated, loaded, oldIds[i]), { id: entry.id, module: entry.module, export: entry.export, kind: entry.kind });
  }
  // Once the old key leaves the ring, its IDs are foreign.
  rejects(() => addon.resolve(addon.keyRingFromKeys(keyBase64(4)), loaded, oldIds[0]), 'ACTIONC_UNKNOWN_KEY');
  // The old blob of an action decrypts with its new ID, not with another action's.
  const oldBlob = addon.encryptBoundArgs(addon.keyRingFromKeys(key), oldIds[1], '["owner"]');
  assert.equal(addon.decryptBoundArgs(rotated, rebuilt.manifest.actions[1].id, oldBlob).toString(), '["owner"]');
  rejects(() => addon.decryptBoundArgs(rotated, rebuilt.manifest.actions[0].id, oldBlob), 'ACTIONC_BOUND_ARGS_REJECTED');
});

test('handles are type-checked', () => {
  const ring = addon.keyRingFromKeys(key);
  const manifest = addon.loadManifestJson(writeManifest(key, specs).json);
  assert.throws(() => addon.resolve(manifest, ring, 'x'), TypeError);
  assert.throws(() => addon.resolve({}, manifest, 'x'), TypeError);
  assert.throws(() => addon.encryptBoundArgs(ring, 5, 'x'), TypeError);
  assert.throws(() => addon.multipartFeed(ring, 'x'), TypeError);
});

test('checkOrigin', () => {
  addon.checkOrigin({ origin: 'https://example.com', host: 'example.com' });
  addon.checkOrigin({ origin: 'https://a.proxy.com', host: 'example.com' }, ['*.proxy.com']);
  addon.checkOrigin({ origin: 'https://example.com', host: 'internal', 'x-forwarded-host': 'example.com, cdn' });
  assert.throws(() => addon.checkOrigin({ origin: 'https://evil.com', host: 'example.com' }), {
    code: 'ACTIONC_CSRF_REJECTED',
    statusCode: 403,
  });
  const formPost = { host: 'example.com', 'sec-fetch-site': 'same-origin', 'content-type': 'multipart/form-data; boundary=x' };
  addon.checkOrigin(formPost);
  rejects(() => addon.checkOrigin(formPost, [], 'reject'), 'ACTIONC_CSRF_REJECTED');
  addon.checkOrigin({ host: 'example.com' }, null, 'allow');
  // `Origin: null` is an opaque origin, not a missing one: only allowedOrigins "null" admits it.
  rejects(() => addon.checkOrigin({ ...formPost, origin: 'null' }), 'ACTIONC_CSRF_REJECTED');
  rejects(() => addon.checkOrigin({ ...formPost, origin: 'null' }, null, 'allow'), 'ACTIONC_CSRF_REJECTED');
  addon.checkOrigin({ ...formPost, origin: 'null' }, ['null']);
  rejects(() => addon.checkOrigin({ ...formPost, origin: '' }), 'ACTIONC_CSRF_REJECTED');
  // With a forwarded host, Host is not consulted.
  rejects(() => addon.checkOrigin({ origin: 'https://example.com', host: 'example.com', 'x-forwarded-host': 'app.example.org' }), 'ACTIONC_CSRF_REJECTED');
  assert.throws(() => addon.checkOrigin(formPost, [], 'sometimes'), TypeError);
  assert.throws(() => addon.checkOrigin('origin'), TypeError);
});

test('parseBodySizeLimit, checkArgumentCount, actionIdFromHeaders', () => {
  assert.equal(addon.parseBodySizeLimit('1mb'), 1048576);
  assert.equal(addon.parseBodySizeLimit('500kb'), 512000);
  assert.equal(addon.parseBodySizeLimit(4096), 4096);
  for (const bad of ['lots', '-1mb', 0, -5, NaN, '']) rejects(() => addon.parseBodySizeLimit(bad), 'ACTIONC_INVALID_SIZE_LIMIT');

  addon.checkArgumentCount(1000);
  assert.throws(() => addon.checkArgumentCount(1001), {
    code: 'ACTIONC_TOO_MANY_ARGUMENTS',
    message: 'Server Action arguments list is too long (1001). Maximum allowed is 1000.',
  });

  assert.equal(addon.actionIdFromHeaders({ 'next-action': 'abc' }), 'abc');
  assert.equal(addon.actionIdFromHeaders({ 'action-id': 'def' }), 'def');
  assert.equal(addon.actionIdFromHeaders({}), null);
  rejects(() => addon.actionIdFromHeaders({ 'next-action': 'a', 'action-id': 'b' }), 'ACTIONC_MALFORMED_ID');
});

test('body counter: the runtime limit and 413 message for streamed non-multipart bodies', () => {
  const counter = addon.createBodyCounter('1kb');
  addon.bodyCounterConsume(counter, 1000);
  addon.bodyCounterConsume(counter, 24);
  assert.throws(() => addon.bodyCounterConsume(counter, 1), {
    code: 'ACTIONC_BODY_TOO_LARGE',
    statusCode: 413,
    message: /^Body exceeded 1kb limit\.\nTo configure the body size limit for Server Actions, see: /,
  });
  rejects(() => addon.bodyCounterConsume(counter, 0), 'ACTIONC_BODY_TOO_LARGE');
  const byBytes = addon.createBodyCounter(10);
  assert.throws(() => addon.bodyCounterConsume(byBytes, 11), { code: 'ACTIONC_BODY_TOO_LARGE' });
  addon.bodyCounterConsume(addon.createBodyCounter(), 1024 * 1024);
  rejects(() => addon.createBodyCounter('12abc'), 'ACTIONC_INVALID_SIZE_LIMIT');
  assert.throws(() => addon.bodyCounterConsume(addon.createMultipartParser('multipart/form-data; boundary=b'), 1), TypeError);
  assert.throws(() => addon.bodyCounterConsume(addon.createBodyCounter(), -1), TypeError);
});

test('multipart parser: streaming, action fields, limits', () => {
  const boundary = 'XyZ';
  const body = Buffer.from(formBody(boundary, [['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"act","bound":null}'], ['name', 'v']]));
  const parser = addon.createMultipartParser(`multipart/form-data; boundary=${boundary}`);
  for (let i = 0; i < body.length; i += 3) addon.multipartFeed(parser, body.subarray(i, i + 3));
  assert.ok(addon.multipartBufferedBytes(parser) < 64);
  assert.equal(addon.multipartFinish(parser), 'act');

  const plain = addon.createMultipartParser(`multipart/form-data; boundary=${boundary}`);
  addon.multipartFeed(plain, formBody(boundary, [['a', 'b']]));
  assert.equal(addon.multipartFinish(plain), null);

  const small = addon.createMultipartParser(`multipart/form-data; boundary=${boundary}`, '1kb');
  assert.throws(() => addon.multipartFeed(small, new Uint8Array(2000)), {
    code: 'ACTIONC_BODY_TOO_LARGE',
    statusCode: 413,
    message: /^Body exceeded 1kb limit\.\nTo configure the body size limit for Server Actions, see: /,
  });

  const broken = addon.createMultipartParser(`multipart/form-data; boundary=${boundary}`);
  rejects(() => addon.multipartFeed(broken, `--${boundary}\r\nno-colon\r\n\r\n`), 'ACTIONC_MALFORMED_MULTIPART');
  rejects(() => addon.multipartFinish(broken), 'ACTIONC_MALFORMED_MULTIPART');
  rejects(() => addon.createMultipartParser('application/json'), 'ACTIONC_MALFORMED_MULTIPART');
});

test('bound args: round trip, other action, rotation', () => {
  const oldRing = addon.keyRingFromKeys(key);
  const blob = addon.encryptBoundArgs(oldRing, 'action-A', Buffer.from('[1,"two"]'));
  assert.match(blob, /^[A-Za-z0-9_-]+$/);
  assert.equal(addon.decryptBoundArgs(oldRing, 'action-A', blob).toString(), '[1,"two"]');
  assert.notEqual(addon.encryptBoundArgs(oldRing, 'action-A', '[1,"two"]'), blob);

  assert.throws(() => addon.decryptBoundArgs(oldRing, 'action-B', blob), { code: 'ACTIONC_BOUND_ARGS_REJECTED', statusCode: 400 });
  rejects(() => addon.decryptBoundArgs(oldRing, 'action-A', blob.slice(0, 20)), 'ACTIONC_MALFORMED_BOUND_ARGS');

  const rotated = addon.keyRingFromKeys(keyBase64(2), [key]);
  assert.equal(addon.decryptBoundArgs(rotated, 'action-A', blob).toString(), '[1,"two"]');
  rejects(() => addon.decryptBoundArgs(addon.keyRingFromKeys(keyBase64(2)), 'action-A', blob), 'ACTIONC_UNKNOWN_KEY');
});
