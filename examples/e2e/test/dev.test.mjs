// `vite dev` with actionc's plugin serving Server Actions itself (its middleware over
// actionc/server's handler), driven in headless Chromium: a real <form action={stub}>
// submit with a file, the codec's round trip of every value type, sequential dispatch, an
// edit to the action module picked up without a restart, and a stale action ID surfacing
// as UnknownServerActionError. The app (spa/) is copied to dist/spa-dev so the test can
// edit it; it is a client-rendered React app (no RSC): the dev server's ssr environment
// holds the server layer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const root = join(app, 'dist/spa-dev');
const actionsFile = join(root, 'app/actions.ts');

const { chromium } = await import('playwright-core');
let server, browser, url;

before(async () => {
  if (skip) return;
  rmSync(root, { recursive: true, force: true });
  cpSync(join(app, 'spa'), root, { recursive: true });
  const { createServer } = await import('vite');
  const { default: actionc } = await import('actionc-plugins/vite');
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    esbuild: { jsx: 'automatic' },
    // No hot reload: an open page keeps the stubs it loaded, as a page of an older
    // deployment does (the stale-ID test needs that). Server modules still reload.
    server: { host: '127.0.0.1', port: 0, hmr: false },
    plugins: [actionc()],
  });
  await server.listen();
  url = `http://127.0.0.1:${server.httpServer.address().port}/`;
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

async function openPage() {
  const page = await browser.newPage();
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(r));
  await page.goto(url);
  await page.locator('form#upload').waitFor();
  return { page, posts };
}

const status = (page, key) => page.locator(`#status-${key}`).textContent();

test('<form action={stub}> with a file: multipart through actionc\'s codec, the action gets the FormData', { skip }, async () => {
  const { page, posts } = await openPage();
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.fill('form#upload input[name=title]', 'report');
  await page.setInputFiles('form#upload input[name=attachment]', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('file contents') });
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.click('form#upload button[type=submit]');
  const response = await answered;
  assert.equal(response.status(), 200);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'React called the stub; no navigation');
  const request = posts.at(-1);
  assert.match(request.headers()['content-type'], /^multipart\/form-data; boundary=/);
  assert.ok(request.headers()['next-action'], 'the stub sent its ID');
  // The server kept a Date and sends a Map back: the page checks their types.
  await page.click('#read-upload');
  await page.locator('#status-upload').waitFor();
  assert.equal(await status(page, 'upload'), 'report|notes.txt|text/plain|file contents|date');
  await page.close();
});

test('Date, Map, Set, BigInt, undefined, typed arrays and nesting round-trip through the dev server', { skip }, async () => {
  const { page, posts } = await openPage();
  await page.click('#echo');
  await page.locator('#status-echo').waitFor();
  assert.equal(await status(page, 'echo'), 'equal');
  assert.equal(posts.at(-1).headers()['content-type'], 'application/json');
  assert.match(posts.at(-1).postData(), /"\$n1180591620717411303424"/, 'BigInt on the wire');
  await page.close();
});

test('sequential dispatch: three calls made at once run one after another, in call order', { skip }, async () => {
  const { page } = await openPage();
  await page.click('#steps');
  await page.locator('#status-steps').waitFor();
  assert.equal(await status(page, 'steps'), 'start a,end a,start b,end b,start c,end c');
  await page.close();
});

test('an edit to the action module is picked up without a restart; a removed action is a typed, catchable error', { skip }, async () => {
  const { page } = await openPage();
  await page.click('#version');
  await page.locator('#status-version').waitFor();
  assert.equal(await status(page, 'version'), 'v1');
  await page.click('#retired');
  await page.locator('#status-retired', { hasText: 'still here' }).waitFor();

  // A new "deployment" while the page stays open: version's body changes, retired is gone.
  const source = readFileSync(actionsFile, 'utf8');
  const edited = source.replace("return 'v1';", "return 'v2';").replace(/\/\*\* The test deletes[^]*$/, '');
  assert.notEqual(edited, source);
  writeFileSync(actionsFile, edited);
  await page.waitForTimeout(300); // the watcher notices the change
  await page.click('#version');
  await page.locator('#status-version', { hasText: 'v2' }).waitFor({ timeout: 10000 });
  await page.click('#retired');
  await page.locator('#status-retired', { hasText: 'stale' }).waitFor();
  assert.equal(await status(page, 'retired'), 'stale 404: reload the page');
  await page.close();
});
