// Browser end-to-end of the React Server Components app: build it with the actionc Vite
// plugin (RSC, SSR and browser graphs), serve it with Node and actionc/server, drive
// Debian's Chromium with playwright-core.
// Needs: ACTIONC_BIN (or build/compiler/actionc), the Node addon (ACTIONC_NODE_ADDON or the
// repository's build trees), /usr/bin/chromium (apt-get install chromium) or CHROMIUM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { boundBlob, hiddenFields, postForm as postTo } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const app = resolve(here, '..');
const repo = resolve(app, '../..');
process.env.ACTIONC_BIN ||= join(repo, 'build/compiler/actionc');
process.env.ACTIONC_ENCRYPTION_KEY ||= randomBytes(32).toString('base64');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const skip = existsSync(chromiumPath) ? false : `no Chromium at ${chromiumPath} (apt-get install chromium)`;
const OWNER = 'owner-7f3a9c'; // app/store.ts: the value the inline action captures

const { chromium } = await import('playwright-core');
let server, browser, manifest;
const log = [];
const actionId = (exportName) => manifest.actions.find((a) => a.export === exportName).id;
// Changes one character in the middle: well-formed, authenticated by nobody.
const forge = (id) => id.slice(0, 20) + (id[20] === 'A' ? 'B' : 'A') + id.slice(21);

// The same from a live page (works with JavaScript disabled: Playwright's own world).
async function pageHiddenFields(page, formId) {
  const inputs = page.locator(`form#${formId} input[type=hidden]`);
  const fields = [];
  for (let i = 0; i < (await inputs.count()); i++) {
    fields.push([await inputs.nth(i).getAttribute('name'), (await inputs.nth(i).getAttribute('value')) ?? '']);
  }
  return fields;
}

const postForm = (fields, headers) => postTo(server.url, fields, headers);

before(async () => {
  if (skip) return;
  const { buildApp } = await import('../build.mjs');
  await buildApp({ logLevel: 'silent' });
  manifest = JSON.parse(readFileSync(join(app, 'dist/rsc/actions.manifest.json'), 'utf8'));
  const { startServer } = await import('../server.mjs');
  server = await startServer({ log: (line) => log.push(line) });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('three graphs: stubs in the browser, client references in RSC, the manifest with the inline action', { skip }, () => {
  const client = readFileSync(join(app, 'dist/client/client.js'), 'utf8');
  assert.match(client, new RegExp(`createServerReference\\("${actionId('addTodo')}", callServer`));
  assert.doesNotMatch(client, /todos\.push|purgeTodos|actionc\/server|encryptActionBoundArgs|decryptActionBoundArgs|renameList/);
  assert.ok(!client.includes(OWNER), 'server state never reaches the browser bundle');
  const rsc = readFileSync(join(app, 'dist/rsc/entry.rsc.js'), 'utf8');
  assert.match(rsc, /registerClientReference\(function[^]*"app\/TodoForm\.tsx", "TodoForm"\)/);
  assert.doesNotMatch(rsc, /data-hydrated/, 'the client component is a reference in the RSC graph');
  assert.deepEqual(manifest.actions.map((a) => [a.export, a.kind, a.bound]).sort(), [['$$ACTION_Page$renameList', 'inline', 1], ['$$ACTION_Page$stamp', 'inline', 4], ['addTodo', 'module', 0]]);
  assert.deepEqual(manifest.stripped.map((s) => s.export), ['purgeTodos']);
  assert.deepEqual(JSON.parse(readFileSync(join(app, 'dist/rsc/client-manifest.json'), 'utf8')), { 'app/TodoForm.tsx': { id: 'app/TodoForm.tsx', chunks: [], name: '*' } });
  // Nobody writes React's form fields by hand: SSR emits them from $$FORM_ACTION.
  for (const file of ['TodoForm.tsx', 'Page.tsx']) {
    const code = readFileSync(join(app, 'app', file), 'utf8').split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
    assert.doesNotMatch(code, /\$ACTION_/);
  }
});

test('(1) with JavaScript: a form bound to a server action submits through Flight and re-renders', { skip }, async () => {
  const page = await browser.newPage();
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(r));
  await page.goto(server.url);
  await page.locator('form#add[data-hydrated="yes"]').waitFor();
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.fill('form#add input[name=title]', 'with javascript');
  await page.click('form#add button[type=submit]');
  await page.locator('#todos li', { hasText: 'with javascript' }).waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no navigation: React called the action');
  assert.equal(posts.length, 1);
  assert.equal(posts[0].headers()['next-action'], actionId('addTodo'));
  const response = await posts[0].response();
  assert.equal(response.headers()['content-type'], 'text/x-component', 'the answer is a Flight payload');
  assert.match(posts[0].headers()['content-type'], /^multipart\/form-data/, 'encodeReply of [FormData]');
  await page.close();
});

test('(2) without JavaScript: React SSR rendered $ACTION_ID_ from the stub; the post re-renders the page', { skip }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  assert.equal(await page.locator('form#add').getAttribute('data-hydrated'), 'no');
  assert.deepEqual(await pageHiddenFields(page, 'add'), [[`$ACTION_ID_${actionId('addTodo')}`, '']]);
  assert.equal(await page.locator('form#add').getAttribute('method'), 'POST');
  assert.equal(await page.locator('form#add').getAttribute('enctype'), 'multipart/form-data');
  await page.fill('form#add input[name=title]', 'without javascript');
  await Promise.all([page.waitForNavigation(), page.click('form#add button[type=submit]')]);
  const items = await page.locator('#todos li').allTextContents();
  assert.ok(items.includes('without javascript'), `re-rendered list: ${items}`);
  await context.close();
});

test('(3) an inline action with a captured variable: encrypted bound args round-trip through the browser', { skip }, async () => {
  const inlineId = actionId('$$ACTION_Page$renameList');
  // With JavaScript: React's Flight reference carries the blob as a bound argument.
  const page = await browser.newPage();
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(r));
  await page.goto(server.url);
  assert.ok(!(await page.content()).includes(OWNER), 'the capture is in the page only encrypted');
  await page.locator('form#add[data-hydrated="yes"]').waitFor();
  const payload = await page.evaluate(() => self.__FLIGHT_PAYLOAD__);
  assert.ok(!payload.includes(OWNER));
  await page.fill('form#rename input[name=name]', 'Groceries');
  await page.click('form#rename button[type=submit]');
  await page.locator('#list-name', { hasText: `Groceries (by ${OWNER})` }).waitFor();
  assert.equal(posts.at(-1).headers()['next-action'], inlineId);
  // The blob the server put in the page's Flight payload is what the browser posted back.
  const ids = new Set(manifest.actions.map((a) => a.id));
  const blobs = [...payload.matchAll(/"([A-Za-z0-9_-]{80,})"/g)].map((m) => m[1]).filter((s) => !ids.has(s));
  assert.equal(blobs.length, 2, payload); // renameList's and stamp's
  assert.equal(blobs.filter((blob) => posts.at(-1).postData().includes(blob)).length, 1, 'the encrypted capture went through the browser');
  assert.ok(!posts.at(-1).postData().includes(OWNER), 'the browser posts the blob, not the value');
  await page.close();

  // Without JavaScript: SSR rendered $ACTION_REF_ fields (id + encrypted blob) itself.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(server.url);
  const fields = await pageHiddenFields(noJs, 'rename');
  assert.match(fields[0][0], /^\$ACTION_REF_/);
  assert.ok(fields.some(([, v]) => v.includes(inlineId)), 'a field names the inline action');
  await noJs.fill('form#rename input[name=name]', 'Chores');
  await Promise.all([noJs.waitForNavigation(), noJs.click('form#rename button[type=submit]')]);
  assert.equal(await noJs.locator('#list-name').textContent(), `Chores (by ${OWNER})`);
  await context.close();

  // A tampered blob is rejected by decryptActionBoundArgs (400), the state is unchanged.
  const html = await (await fetch(server.url)).text();
  const blob = boundBlob(hiddenFields(html, 'rename'));
  const changed = blob.slice(0, 30) + (blob[30] === 'A' ? 'B' : 'A') + blob.slice(31);
  const tampered = hiddenFields(html, 'rename').map(([k, v]) => [k, v.replace(blob, changed)]);
  assert.notDeepEqual(tampered, hiddenFields(html, 'rename'));
  const rejected = await postForm([...tampered, ['name', 'Hijacked']]);
  assert.equal(rejected.status, 400);
  assert.ok(log.some((line) => /ACTIONC_BOUND_ARGS_REJECTED/.test(line)), log.join('\n'));
  assert.match(await (await fetch(server.url)).text(), new RegExp(`Chores \\(by ${OWNER}\\)`));
});

test('(4) a forged action ID is rejected (404, typed error in the log); a cross-site request too (403)', { skip }, async () => {
  const id = actionId('addTodo');
  const page = await browser.newPage();
  await page.goto(server.url);
  const call = (actionId) => page.evaluate(async (actionId) => {
    const body = new FormData();
    body.append('1_title', 'forged');
    body.append('0', '["$K1"]');
    const r = await fetch('/', { method: 'POST', headers: { 'Next-Action': actionId, Accept: 'text/x-component' }, body });
    return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
  }, actionId);
  const genuine = await call(id);
  assert.equal(genuine.status, 200, 'the genuine ID from the page works');
  assert.equal(genuine.type, 'text/x-component');
  const rejected = await call(forge(id));
  assert.equal(rejected.status, 404);
  assert.equal(rejected.text, 'Server Action not found');
  assert.ok(log.some((line) => /-> 404 ACTIONC_FORGED_ID/.test(line)), log.join('\n'));
  await page.close();
  // The same through a progressive-enhancement form field.
  const before = log.length;
  const form = await postForm([[`$ACTION_ID_${forge(id)}`, ''], ['title', 'forged']], { 'Sec-Fetch-Site': 'same-origin' });
  assert.equal(form.status, 404);
  assert.ok(log.slice(before).some((line) => /ACTIONC_FORGED_ID/.test(line)), log.join('\n'));
  // The genuine ID from another origin: the CSRF guard.
  const cross = await postForm([[`$ACTION_ID_${id}`, ''], ['title', 'x']], { Origin: 'https://evil.example' });
  assert.equal(cross.status, 403);
  const items = await (await fetch(server.url)).text();
  assert.doesNotMatch(items, /<li>(forged|x)<\/li>/);
});

test('(5) captures JSON cannot carry (Date, Map with a BigInt, Set, another server action) round-trip encrypted', { skip }, async () => {
  const expected = (note) => `${note} @2026-01-02 max=4 tags=a+b`;
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.locator('form#add[data-hydrated="yes"]').waitFor();
  assert.ok(!(await page.content()).includes('2026-01-02'), 'the captured Date reaches the page only encrypted');
  await page.fill('form#stamp input[name=note]', 'js');
  await page.click('form#stamp button[type=submit]');
  await page.locator('#todos li', { hasText: expected('js') }).waitFor();
  await page.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(server.url);
  await noJs.fill('form#stamp input[name=note]', 'nojs');
  await Promise.all([noJs.waitForNavigation(), noJs.click('form#stamp button[type=submit]')]);
  const items = await noJs.locator('#todos li').allTextContents();
  assert.ok(items.includes(expected('nojs')), `re-rendered list: ${items}`);
  await context.close();
});
