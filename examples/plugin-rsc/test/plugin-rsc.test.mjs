// @vitejs/plugin-rsc's documented setup with actionc doing the server-function
// transforms, on plugin-rsc's dev server, driven in headless Chromium: no double
// registration (plugin-rsc's own transform finds no directive in actionc's output),
// client stubs are plugin-rsc's React references, a server-bound module action, a client
// component's form and an inline action with encrypted captures (a Date, a Map with a
// BigInt, another action) work with and without JavaScript, and a forged ID is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const repo = resolve(root, '../..');
process.env.ACTIONC_BIN ||= join(repo, 'build/compiler/actionc');
process.env.ACTIONC_ENCRYPTION_KEY ||= randomBytes(32).toString('base64');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const skip = existsSync(chromiumPath) ? false : `no Chromium at ${chromiumPath} (apt-get install chromium)`;
const SIGNED = (note) => `${note} by owner-91c4 since 2026-05-06 max 9`;

const { chromium } = await import('playwright-core');
let server, browser, url, manifest;

before(async () => {
  if (skip) return;
  const { createServer } = await import('vite');
  server = await createServer({ root, configFile: join(root, 'vite.config.mjs'), logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  url = `http://127.0.0.1:${server.httpServer.address().port}/`;
  const plugin = server.config.plugins.find((p) => p.name === 'actionc');
  manifest = JSON.parse(await plugin.api.manifest());
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

const idOf = (exportName) => manifest.actions.find((a) => a.export === exportName).id;

async function hydratedPage() {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator('form#message[data-hydrated="yes"]').waitFor();
  return page;
}

async function noJsPage() {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  return { page, context };
}

test('actionc transforms, plugin-rsc does not: one registration per action, stubs from plugin-rsc\'s client runtime', { skip }, async () => {
  const rsc = (await server.environments.rsc.transformRequest('/src/action.ts')).code;
  const registrations = [...rsc.matchAll(/registerServerReference\)?\(\s*(\w+),\s*"([A-Za-z0-9_-]+)"/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(registrations.map(([name]) => name).sort(), ['addMessage', 'getMessages', 'getServerCounter', 'updateServerCounter']);
  for (const [name, id] of registrations) assert.equal(id, idOf(name), 'registered under actionc\'s ID');
  assert.doesNotMatch(rsc, /\$\$ReactServer|plugin-rsc\/dist\/react\/rsc|__vite_rsc_encryption_runtime/, 'plugin-rsc added nothing');
  assert.doesNotMatch(rsc, /['"]use server['"]/, 'directives blanked');
  const page = (await server.environments.rsc.transformRequest('/src/root.tsx')).code;
  assert.match(page, /encryptActionBoundArgs/, 'the inline action is hoisted by actionc');
  assert.doesNotMatch(page, /__vite_rsc_encryption_runtime/);
  const client = (await server.environments.client.transformRequest('/src/action.ts')).code;
  assert.match(client, /createServerReference\("[A-Za-z0-9_-]+", callServer, undefined, findSourceMapURL/);
  assert.match(client, /plugin-rsc\/dist\/react\/browser\.js|@vitejs\/plugin-rsc\/react\/browser/);
  assert.doesNotMatch(client, /serverCounter \+=|messages\.push/);
});

test('with JavaScript: a server-bound action, a client component\'s form, an inline action with captures', { skip }, async () => {
  const page = await hydratedPage();
  const before = Number((await page.locator('form#counter button').textContent()).match(/\d+/)[0]);
  await page.click('form#counter button');
  await page.locator('form#counter button', { hasText: `Server Counter: ${before + 1}` }).waitFor();
  await page.fill('form#message input[name=message]', 'hello with js');
  await page.click('form#message button');
  await page.locator('#messages li', { hasText: 'hello with js' }).waitFor();
  assert.ok(!(await page.content()).includes('owner-91c4'), 'the captured value reaches the page only encrypted');
  await page.fill('form#sign input[name=note]', 'js note');
  await page.click('form#sign button');
  await page.locator('#messages li', { hasText: SIGNED('js note') }).waitFor();
  await page.close();
});

test('without JavaScript: React\'s decodeAction through actionc\'s IDs for the same three forms', { skip }, async () => {
  const { page, context } = await noJsPage();
  assert.equal(await page.locator('form#message').getAttribute('data-hydrated'), 'no');
  assert.equal(await page.locator(`form#message input[name="$ACTION_ID_${idOf('addMessage')}"]`).count(), 1);
  const before = Number((await page.locator('form#counter button').textContent()).match(/\d+/)[0]);
  await Promise.all([page.waitForNavigation(), page.click('form#counter button')]);
  assert.equal(await page.locator('form#counter button').textContent(), `Server Counter: ${before + 1}`);
  await page.fill('form#message input[name=message]', 'hello without js');
  await Promise.all([page.waitForNavigation(), page.click('form#message button')]);
  assert.ok((await page.locator('#messages li').allTextContents()).includes('hello without js'));
  await page.fill('form#sign input[name=note]', 'no-js note');
  await Promise.all([page.waitForNavigation(), page.click('form#sign button')]);
  assert.ok((await page.locator('#messages li').allTextContents()).includes(SIGNED('no-js note')));
  await context.close();
});

test('a forged ID is refused by actionc\'s runtime (404)', { skip }, async () => {
  const id = idOf('addMessage');
  const forged = id.slice(0, 20) + (id[20] === 'A' ? 'B' : 'A') + id.slice(21);
  const call = await fetch(url, { method: 'POST', headers: { origin: url.slice(0, -1), 'x-rsc-action': forged, accept: 'text/x-component' }, body: '[]' });
  assert.equal(call.status, 404);
  const form = new FormData();
  form.append(`$ACTION_ID_${forged}`, '');
  const post = await fetch(url, { method: 'POST', headers: { origin: url.slice(0, -1) }, body: form });
  assert.equal(post.status, 404);
});

test('vite build + preview: plugin-rsc bundles the modules actionc claimed; forms work with and without JavaScript', { skip }, async () => {
  const { createBuilder, preview } = await import('vite');
  const builder = await createBuilder({ root, configFile: join(root, 'vite.config.mjs'), logLevel: 'silent' });
  await builder.buildApp();
  const built = JSON.parse((await import('node:fs')).readFileSync(join(root, 'dist/rsc/actions.manifest.json'), 'utf8'));
  assert.deepEqual(built.actions.map((a) => a.id).sort(), manifest.actions.map((a) => a.id).sort(), 'the same IDs as in dev');
  const previewServer = await preview({ root, configFile: join(root, 'vite.config.mjs'), logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 } });
  const base = `http://127.0.0.1:${previewServer.httpServer.address().port}/`;
  try {
    const page = await browser.newPage();
    await page.goto(base);
    await page.locator('form#message[data-hydrated="yes"]').waitFor();
    await page.fill('form#sign input[name=note]', 'built js');
    await page.click('form#sign button');
    await page.locator('#messages li', { hasText: SIGNED('built js') }).waitFor();
    await page.close();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(base);
    await noJs.fill('form#message input[name=message]', 'built no js');
    await Promise.all([noJs.waitForNavigation(), noJs.click('form#message button')]);
    assert.ok((await noJs.locator('#messages li').allTextContents()).includes('built no js'));
    await context.close();
  } finally {
    await previewServer.close();
  }
});
