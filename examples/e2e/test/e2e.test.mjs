// Browser end-to-end: build the app with the actionc Vite plugin, serve it with Node and
// actionc/server, drive Debian's Chromium with playwright-core.
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

const { chromium } = await import('playwright-core');
let server, browser;
const log = [];

before(async () => {
  if (skip) return;
  const { buildApp } = await import('../build.mjs');
  await buildApp({ logLevel: 'silent' });
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

test('the client bundle has stubs only; the manifest lists the live action, strips the unused one', { skip }, () => {
  const client = readFileSync(join(app, 'dist/client/client.js'), 'utf8');
  assert.match(client, /createServerReference\("[^"]+", callServer/);
  assert.doesNotMatch(client, /todos\.push|purgeTodos|registerServerReference/);
  const manifest = JSON.parse(readFileSync(join(app, 'dist/server/actions.manifest.json'), 'utf8'));
  assert.deepEqual(manifest.actions.map((a) => a.export), ['addTodo']);
  assert.deepEqual(manifest.stripped.map((s) => s.export), ['purgeTodos']);
});

test('with JavaScript: submitting the form calls the action and re-renders the result', { skip }, async () => {
  const page = await browser.newPage();
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(r.headers()));
  await page.goto(server.url);
  await page.locator('main[data-hydrated="yes"]').waitFor();
  await page.fill('input[name=title]', 'with javascript');
  await page.click('button[type=submit]');
  await page.locator('#todos li', { hasText: 'with javascript' }).waitFor();
  assert.equal(page.url(), `${server.url}/`, 'no navigation: the stub called the server');
  assert.ok(posts.some((h) => h['next-action']), 'the request named the action in Next-Action');
  await page.close();
});

test('without JavaScript: the form posts $ACTION_ID_ and the server re-renders (progressive enhancement)', { skip }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  assert.equal(await page.locator('main').getAttribute('data-hydrated'), 'no');
  await page.fill('input[name=title]', 'without javascript');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  const items = await page.locator('#todos li').allTextContents();
  assert.ok(items.includes('without javascript'), `re-rendered list: ${items}`);
  await context.close();
});

test('a forged action ID is rejected (404), a cross-site request too (403)', { skip }, async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  const id = JSON.parse(readFileSync(join(app, 'dist/server/actions.manifest.json'), 'utf8')).actions[0].id;
  const forged = id.slice(0, -1) + (id.at(-1) === 'A' ? 'B' : 'A');
  const call = (actionId) => page.evaluate(async (actionId) => {
    const r = await fetch('/', { method: 'POST', headers: { 'Next-Action': actionId, 'Content-Type': 'application/json' }, body: JSON.stringify([{ title: 'forged' }]) });
    return { status: r.status, text: await r.text() };
  }, actionId);
  const genuine = await call(id);
  assert.equal(genuine.status, 200, 'the genuine ID from the page works');
  const rejected = await call(forged);
  assert.equal(rejected.status, 404);
  assert.equal(rejected.text, 'Server Action not found');
  assert.ok(log.some((line) => /ACTIONC_(FORGED_ID|MALFORMED_ID)/.test(line)), log.join('\n'));
  // The same genuine ID from another origin: the CSRF guard.
  const cross = await fetch(`${server.url}/`, { method: 'POST', headers: { 'Next-Action': id, 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body: '[{"title":"x"}]' });
  assert.equal(cross.status, 403);
  await page.close();
});
