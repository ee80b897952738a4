// actionc's value codec (runtime/js/codec.js): what the default callServer, the server
// handler and encrypted captures share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { MAX_DEPTH, decodeBody, decodeValue, encodeBody, encodeValue } from '../../js/codec.js';

const roundTrip = async (value, options) => decodeBody(await encodeBody(value), options);

test('every value React apps pass round-trips', async () => {
  const when = new Date('2026-01-02T03:04:05.678Z');
  const value = {
    when,
    invalid: new Date(NaN),
    big: 12345678901234567890n,
    negative: -5n,
    nothing: undefined,
    specials: [NaN, Infinity, -Infinity, -0, 0, 1.5],
    dollar: '$not a tag',
    dollars: '$$',
    map: new Map([[1, 'one'], [{ k: 'obj' }, new Set([1, 2])], ['nested', new Map([['deep', [when]]])]]),
    set: new Set(['a', undefined, 3n]),
    holes: [1, , 3], // eslint-disable-line no-sparse-arrays
    bytes: new Uint8Array([0, 1, 254, 255]),
    floats: new Float64Array([1.5, -0, NaN]),
    wide: new BigInt64Array([-1n, 2n ** 62n]),
    buffer: new Uint8Array([9, 8, 7]).buffer,
    view: new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2),
    nullProto: Object.assign(Object.create(null), { a: 1 }),
    tagLike: ['$Q', '$h', '$@'],
  };
  const decoded = await roundTrip(value);
  assert.deepEqual(decoded.when, when);
  assert.ok(Number.isNaN(decoded.invalid.getTime()));
  assert.equal(decoded.big, 12345678901234567890n);
  assert.equal(decoded.negative, -5n);
  assert.ok('nothing' in decoded && decoded.nothing === undefined);
  assert.ok(Number.isNaN(decoded.specials[0]));
  assert.deepEqual(decoded.specials.slice(1), [Infinity, -Infinity, -0, 0, 1.5]);
  assert.ok(Object.is(decoded.specials[3], -0));
  assert.equal(decoded.dollar, '$not a tag');
  assert.equal(decoded.dollars, '$$');
  assert.deepEqual(decoded.map, value.map);
  assert.deepEqual(decoded.set, value.set);
  assert.deepEqual(decoded.holes, [1, undefined, 3]);
  assert.deepEqual(decoded.bytes, value.bytes);
  assert.ok(decoded.floats instanceof Float64Array && Object.is(decoded.floats[1], -0) && Number.isNaN(decoded.floats[2]));
  assert.deepEqual(decoded.wide, value.wide);
  assert.ok(decoded.buffer instanceof ArrayBuffer);
  assert.deepEqual(new Uint8Array(decoded.buffer), new Uint8Array([9, 8, 7]));
  assert.ok(decoded.view instanceof DataView);
  assert.deepEqual([decoded.view.getUint8(0), decoded.view.getUint8(1), decoded.view.byteLength], [2, 3, 2]);
  assert.deepEqual({ ...decoded.nullProto }, { a: 1 });
  assert.deepEqual(decoded.tagLike, ['$Q', '$h', '$@']);
});

test('FormData with Files and Blobs travels as multipart; JSON otherwise', async () => {
  assert.equal(typeof (await encodeBody([1, 'two'])), 'string');
  const form = new FormData();
  form.append('title', 'hello');
  form.append('title', '$dollar');
  form.append('upload', new File(['file body'], 'notes.txt', { type: 'text/plain' }));
  const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'application/octet-stream' });
  const body = await encodeBody([form, blob, { nested: [new File(['x'], 'x.bin')] }]);
  assert.ok(body instanceof FormData);
  assert.deepEqual([...body.keys()], ['0', '1', '2', '3']);
  // Through a real multipart serialisation, as the handler reads it.
  const parsed = await new Response(body).formData();
  const [decodedForm, decodedBlob, { nested }] = await decodeBody(parsed);
  assert.ok(decodedForm instanceof FormData);
  assert.deepEqual(decodedForm.getAll('title'), ['hello', '$dollar']);
  const upload = decodedForm.get('upload');
  assert.ok(upload instanceof File);
  assert.equal(upload.name, 'notes.txt');
  assert.equal(upload.type, 'text/plain');
  assert.equal(await upload.text(), 'file body');
  assert.ok(decodedBlob instanceof Blob && !(decodedBlob instanceof File));
  assert.deepEqual(new Uint8Array(await decodedBlob.arrayBuffer()), new Uint8Array([1, 2, 3]));
  assert.equal(nested[0].name, 'x.bin');
});

test('server references are sent by ID with their bound arguments; promises are awaited', async () => {
  const action = Object.assign(async () => {}, { $$id: 'ACT1', $$bound: [new Date(0), Promise.resolve('blob')] });
  const { json } = await encodeValue({ action, later: Promise.resolve(new Set([1])) });
  assert.deepEqual(JSON.parse(json), { action: ['$h', 'ACT1', '$D1970-01-01T00:00:00.000Z', ['$@', 'blob']], later: ['$@', ['$W', 1]] });
  const seen = [];
  const target = async (...args) => args;
  const decoded = await decodeValue(json, { serverReference: async (id) => (seen.push(id), target) });
  assert.deepEqual(seen, ['ACT1']);
  const [when, blob] = await decoded.action();
  assert.deepEqual(when, new Date(0));
  assert.equal(await blob, 'blob');
  assert.deepEqual(await decoded.later, new Set([1]));
  await assert.rejects(decodeValue(json), { code: 'ACTIONC_MALFORMED_ARGUMENTS', message: /server references are not accepted/ });
});

test('values that cannot be sent faithfully are refused by path, never sent as {}', async () => {
  class Point {}
  const cyclic = {};
  cyclic.self = cyclic;
  const refused = [
    [() => 1, /\$\[0\] cannot be sent: it is a function/],
    [Symbol('s'), /a symbol/],
    [new Point(), /an instance of Point/],
    [{ deep: { p: new Point() } }, /\$\[0\]\.deep\.p cannot be sent/],
    [cyclic, /a cycle/],
    [new Map([[1, () => {}]]), /a function/],
  ];
  for (const [value, message] of refused) {
    await assert.rejects(encodeBody([value]), (error) => {
      assert.ok(error instanceof TypeError);
      assert.match(error.message, message);
      return true;
    });
  }
  await assert.rejects(encodeValue([new Blob(['x'])], { blobs: false }), /captures cannot hold file parts/);
  let deep = [];
  for (let i = 0; i < MAX_DEPTH + 5; i++) deep = [deep];
  await assert.rejects(encodeValue(deep), /nested deeper than/);
});

test('malformed input is a CodecError (HTTP 400), never a crash or a prototype write', async () => {
  const bad = ['{', '"$Zzz"', '"$nabc"', '"$Dnot a date"', '["$Q", 1]', '["$A", "Nope", ""]', '["$A", "Uint16Array", "AQ=="]', '"$B1"', '["$@"]', '["$h"]'];
  for (const json of bad) {
    await assert.rejects(decodeValue(json), (error) => {
      assert.equal(error.code, 'ACTIONC_MALFORMED_ARGUMENTS', json);
      assert.equal(error.statusCode, 400);
      return true;
    });
  }
  const decoded = await decodeValue('{"__proto__": {"polluted": true}, "a": 1}');
  assert.equal(Object.getPrototypeOf(decoded), Object.prototype);
  assert.deepEqual(decoded.__proto__, { polluted: true }); // eslint-disable-line no-proto
  assert.equal({}.polluted, undefined);
  const deep = `${'['.repeat(MAX_DEPTH + 2)}${']'.repeat(MAX_DEPTH + 2)}`;
  await assert.rejects(decodeValue(deep), /nested deeper than/);
  await assert.rejects(decodeBody(new FormData()), /part "0"/);
});

test('scalars use React\'s reply spellings (a form\'s bound list reads the same in React)', async () => {
  const { json } = await encodeValue(['$x', undefined, 1n, new Date(0), NaN, -0]);
  assert.equal(json, '["$$x","$undefined","$n1","$D1970-01-01T00:00:00.000Z","$NaN","$-0"]');
});

test('the codec is browser-safe (no Node imports)', () => {
  const source = readFileSync(new URL('../../js/codec.js', import.meta.url), 'utf8');
  assert.doesNotMatch(source, /from ['"]node:|require\(|\bBuffer\b/);
});
