// Key rotation across a rebuild, through the Node server as deployed: build the app with
// key A and serve it; a client loads the page (action IDs and the inline action's
// encrypted captures, all under A). Rebuild with key B, serve it with
// ACTIONC_ENCRYPTION_KEY=B and ACTIONC_PREVIOUS_KEYS=A: the client's old page still works,
// with and without JavaScript. Serve it again with A out of the ring: the old page's
// IDs and blobs are refused. No browser needed: the client here is `fetch`, posting
// exactly what the old page holds.
// Needs: ACTIONC_BIN (or build/compiler/actionc), the Node addon (ACTIONC_NODE_ADDON or
// the repository's build trees).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boundBlob, hiddenFields, postForm } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const app = resolve(here, '..');
const repo = resolve(app, '../..');
process.env.ACTIONC_BIN ||= join(repo, 'build/compiler/actionc');
const OWNER = 'owner-7f3a9c'; // app/store.ts: the value the inline action captures
const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');
const builds = { a: 'dist/rotation-a', b: 'dist/rotation-b' };
const manifests = {};
const servers = new Set();

// `node server.mjs DIST` with exactly the key variables a deployment would set.
async function serve(dist, { current, previous }) {
  const env = { ...process.env, PORT: '0', ACTIONC_ENCRYPTION_KEY: current };
  delete env.ACTIONC_PREVIOUS_KEYS;
  if (previous) env.ACTIONC_PREVIOUS_KEYS = previous;
  const child = spawn(process.execPath, [join(app, 'server.mjs'), join(app, dist)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  child.stderr.on('data', (chunk) => log.push(...chunk.toString().split('\n').filter(Boolean)));
  const url = await new Promise((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/actionc e2e app on (http:\/\/\S+)/);
      if (match) resolveUrl(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${log.join('\n')}`)));
  });
  const server = { url, log, close: () => new Promise((done) => { child.once('exit', done); child.kill(); }) };
  servers.add(server);
  return server;
}

const idOf = (manifest, exportName) => manifest.actions.find((a) => a.export === exportName).id;
const page = async (server) => (await fetch(server.url)).text();

before(async () => {
  const { buildApp } = await import('../build.mjs');
  for (const [name, key] of [['a', keyA], ['b', keyB]]) {
    process.env.ACTIONC_ENCRYPTION_KEY = key; // the compiler reads it, as in a CI build
    await buildApp({ logLevel: 'silent', dist: builds[name] });
    manifests[name] = JSON.parse(readFileSync(join(app, builds[name], 'rsc/actions.manifest.json'), 'utf8'));
  }
});
after(async () => {
  for (const server of servers) await server.close();
});

test('the rebuild under the new key changed every action ID, not the actions', () => {
  const pairs = (m) => m.actions.map((a) => `${a.module}#${a.export}`).sort();
  assert.deepEqual(pairs(manifests.b), pairs(manifests.a));
  for (const entry of manifests.a.actions) assert.notEqual(idOf(manifests.b, entry.export), entry.id);
  assert.notEqual(manifests.a.keyId, manifests.b.keyId);
});

// The old page, as the client got it from the build under key A.
async function oldPage() {
  const server = await serve(builds.a, { current: keyA });
  const html = await page(server);
  await server.close();
  servers.delete(server);
  const add = hiddenFields(html, 'add');
  const rename = hiddenFields(html, 'rename');
  assert.deepEqual(add, [[`$ACTION_ID_${idOf(manifests.a, 'addTodo')}`, '']]);
  assert.ok(rename.some(([, v]) => v.includes(idOf(manifests.a, '$$ACTION_Page$renameList'))));
  const blob = boundBlob(rename);
  assert.ok(blob, 'the old page holds the encrypted capture');
  return { add, rename, blob };
}

test('after rotating to key B with A as previous, a page of the old build keeps working', async () => {
  const old = await oldPage();
  const server = await serve(builds.b, { current: keyB, previous: keyA });
  const inlineOld = idOf(manifests.a, '$$ACTION_Page$renameList');

  // Without JavaScript: the old form fields ($ACTION_ID_ of key A).
  const added = await postForm(server.url, [...old.add, ['title', 'posted from the old page']]);
  assert.equal(added.status, 200, server.log.join('\n'));
  assert.match(await added.text(), /<li>posted from the old page<\/li>/);

  // Without JavaScript, the inline action: the old ID and the old blob (bound to the old ID).
  const renamed = await postForm(server.url, [...old.rename, ['name', 'Old form']]);
  assert.equal(renamed.status, 200, server.log.join('\n'));
  assert.match(await renamed.text(), new RegExp(`Old form \\(by ${OWNER}\\)`), 'the server decrypted the old capture');

  // With JavaScript (Flight reply, Next-Action header): the old ID, the old blob as the
  // first argument, as React's client sends a bound reference (encodeReply of
  // [blob, FormData]: the root in field "0", the FormData's fields as "_1_<name>").
  const flight = (id, fields) => {
    const body = new FormData();
    for (const [k, v] of fields) body.append(k, v);
    return fetch(`${server.url}/`, { method: 'POST', headers: { Origin: server.url, 'Next-Action': id, Accept: 'text/x-component' }, body });
  };
  const viaFlight = await flight(inlineOld, [['0', JSON.stringify([old.blob, '$K1'])], ['_1_name', 'Old script']]);
  assert.equal(viaFlight.status, 200, server.log.join('\n'));
  assert.equal(viaFlight.headers.get('content-type'), 'text/x-component');
  assert.match(await page(server), new RegExp(`Old script \\(by ${OWNER}\\)`));
  const addViaFlight = await flight(idOf(manifests.a, 'addTodo'), [['0', '["$K1"]'], ['_1_title', 'old script todo']]);
  assert.equal(addViaFlight.status, 200, server.log.join('\n'));
  assert.match(await page(server), /<li>old script todo<\/li>/);

  // The new page carries the new IDs only.
  const fresh = await page(server);
  assert.deepEqual(hiddenFields(fresh, 'add'), [[`$ACTION_ID_${idOf(manifests.b, 'addTodo')}`, '']]);
  assert.ok(!fresh.includes(inlineOld));
  assert.doesNotMatch(server.log.join('\n'), /-> 404/, 'no old ID was refused');
});

test('once key A leaves the ring, the old page\'s IDs and blobs are refused', async () => {
  const old = await oldPage();
  const server = await serve(builds.b, { current: keyB });

  const added = await postForm(server.url, [...old.add, ['title', 'too late']]);
  assert.equal(added.status, 404);
  assert.equal(await added.text(), 'Server Action not found');
  assert.ok(server.log.some((line) => /-> 404 ACTIONC_UNKNOWN_KEY/.test(line)), server.log.join('\n'));

  // The old blob with the action's new ID (which resolves): the blob's key is gone. Like
  // an ID of an unknown key, that answers 404 (docs/runtime.md, Errors).
  const inlineOld = idOf(manifests.a, '$$ACTION_Page$renameList');
  const inlineNew = idOf(manifests.b, '$$ACTION_Page$renameList');
  const reissued = old.rename.map(([k, v]) => [k.replace(inlineOld, inlineNew), v.replace(inlineOld, inlineNew)]);
  assert.notDeepEqual(reissued, old.rename);
  const before = server.log.length;
  const renamed = await postForm(server.url, [...reissued, ['name', 'too late']]);
  assert.equal(renamed.status, 404);
  assert.ok(server.log.slice(before).some((line) => /-> 404 ACTIONC_UNKNOWN_KEY bound arguments were encrypted with a key/.test(line)), server.log.join('\n'));
  const html = await page(server);
  assert.doesNotMatch(html, /too late/);
});
