// Browser end-to-end of the webpack 5 + react-server-dom-webpack app: actionc's webpack
// loader and plugin compile 'use server'; form actions with and without JavaScript;
// React's decodeAction, decodeFormState and decodeReply resolve actionc's IDs through the
// React server manifest the plugin emits. Debian's Chromium through playwright-core.
// Needs: ACTIONC_BIN (or build/compiler/actionc), the Node addon (ACTIONC_NODE_ADDON or the
// repository's build trees), /usr/bin/chromium (apt-get install chromium) or CHROMIUM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
const app = resolve(here, '..');
const repo = resolve(app, '../..');
process.env.ACTIONC_BIN ||= join(repo, 'build/compiler/actionc');
process.env.ACTIONC_ENCRYPTION_KEY ||= randomBytes(32).toString('base64');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const skip = existsSync(chromiumPath) ? false : `no Chromium at ${chromiumPath} (apt-get install chromium)`;
const OWNER = 'owner-5be21d'; // app/store.ts: the value the inline action captures

const { chromium } = await import('playwright-core');
let server, browser, manifest, reactManifest;
const log = [];
const actionId = (exportName) => manifest.actions.find((a) => a.export === exportName).id;
const forge = (id) => id.slice(0, 20) + (id[20] === 'A' ? 'B' : 'A') + id.slice(21);
const read = (path) => readFileSync(join(app, path), 'utf8');

async function hydratedPage() {
  const page = await browser.newPage();
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(r));
  await page.goto(server.url);
  await page.locator('form#add[data-hydrated="yes"]').waitFor();
  return { page, posts };
}

async function noJsPage() {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  return { page, context };
}

async function submitNoJs(page, form) {
  await Promise.all([page.waitForNavigation(), page.click(`form#${form} button[type=submit]`)]);
}

before(async () => {
  if (skip) return;
  const { buildApp } = await import('../build.mjs');
  await buildApp();
  manifest = JSON.parse(read('dist/rsc/actions.manifest.json'));
  reactManifest = JSON.parse(read('dist/rsc/react-server-manifest.json'));
  const { startServer } = await import('../server.mjs');
  server = await startServer({ log: (line) => log.push(line) });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the loader and plugin: stubs in the browser bundle, React\'s server manifest for every live action', { skip }, () => {
  const client = read('dist/client/main.js') + read('dist/client/client0.js');
  assert.match(client, new RegExp(`createServerReference[^(]*\\("${actionId('addTodo')}"`));
  assert.doesNotMatch(client, /todos\.push|purgeTodos|encryptActionBoundArgs|decryptActionBoundArgs/);
  assert.ok(!client.includes(OWNER));
  assert.deepEqual(manifest.actions.map((a) => [a.export, a.kind]).sort(), [['$$ACTION_Page$renameList', 'inline'], ['addTodo', 'module'], ['increment', 'module']]);
  assert.deepEqual(manifest.stripped.map((s) => s.export), ['purgeTodos']);
  // React's shape: ID → { id: webpack module id, chunks, name: export }.
  assert.deepEqual(Object.keys(reactManifest).sort(), manifest.actions.map((a) => a.id).sort());
  for (const action of manifest.actions) assert.deepEqual(reactManifest[action.id], { id: `./${action.module}`, chunks: [], name: action.export });
  // actions.ts is imported only by a client component, yet its module is in the RSC bundle.
  assert.match(read('dist/rsc/entry.rsc.mjs'), /registerServerReference\)\(increment, /);
});

test('with JavaScript: form actions and useActionState through Flight', { skip }, async () => {
  const { page, posts } = await hydratedPage();
  await page.fill('form#add input[name=title]', 'with javascript');
  await page.click('form#add button[type=submit]');
  await page.locator('#todos li', { hasText: 'with javascript' }).waitFor();
  assert.equal(posts.at(-1).headers()['next-action'], actionId('addTodo'));
  await page.click('form#count button[type=submit]');
  await page.locator('#count-value', { hasText: '1' }).waitFor();
  await page.click('form#count button[type=submit]');
  await page.locator('#count-value', { hasText: '2' }).waitFor();
  assert.equal(posts.at(-1).headers()['next-action'], actionId('increment'));
  await page.close();
});

test('without JavaScript: decodeAction resolves the stub\'s $ACTION_ID_ through the React server manifest', { skip }, async () => {
  const { page, context } = await noJsPage();
  assert.equal(await page.locator('form#add').getAttribute('data-hydrated'), 'no');
  await page.fill('form#add input[name=title]', 'without javascript');
  await submitNoJs(page, 'add');
  assert.ok((await page.locator('#todos li').allTextContents()).includes('without javascript'));
  await context.close();
});

test('without JavaScript: useActionState posts $ACTION_KEY; decodeFormState gives the next page its state', { skip }, async () => {
  const { page, context } = await noJsPage();
  assert.equal(await page.locator('form#count input[name="$ACTION_KEY"]').count(), 1);
  assert.equal(await page.locator('#count-value').textContent(), '0');
  await submitNoJs(page, 'count');
  assert.equal(await page.locator('#count-value').textContent(), '1');
  await submitNoJs(page, 'count'); // the re-rendered form binds the new state
  assert.equal(await page.locator('#count-value').textContent(), '2');
  await context.close();
});

test('an inline action with an encrypted capture, with and without JavaScript', { skip }, async () => {
  const { page, posts } = await hydratedPage();
  assert.ok(!(await page.content()).includes(OWNER));
  await page.fill('form#rename input[name=name]', 'Groceries');
  await page.click('form#rename button[type=submit]');
  await page.locator('#list-name', { hasText: `Groceries (by ${OWNER})` }).waitFor();
  assert.equal(posts.at(-1).headers()['next-action'], actionId('$$ACTION_Page$renameList'));
  await page.close();

  const { page: noJs, context } = await noJsPage();
  await noJs.fill('form#rename input[name=name]', 'Chores');
  await submitNoJs(noJs, 'rename');
  assert.equal(await noJs.locator('#list-name').textContent(), `Chores (by ${OWNER})`);
  await context.close();
});

test('a forged ID is refused by the runtime before React decodes anything (404)', { skip }, async () => {
  const id = actionId('addTodo');
  const form = new FormData();
  form.append(`$ACTION_ID_${forge(id)}`, '');
  form.append('title', 'forged');
  const refused = await fetch(server.url, { method: 'POST', headers: { Origin: server.url }, body: form });
  assert.equal(refused.status, 404);
  assert.equal(refused.headers.get('actionc-action-not-found'), '1');
  assert.ok(log.some((line) => /-> 404 ACTIONC_FORGED_ID/.test(line)), log.join('\n'));
  const header = await fetch(server.url, { method: 'POST', headers: { Origin: server.url, 'Next-Action': forge(id) }, body: '[]' });
  assert.equal(header.status, 404);
  assert.doesNotMatch(await (await fetch(server.url)).text(), /<li>forged<\/li>/);
});
