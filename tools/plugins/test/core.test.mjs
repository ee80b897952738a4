// Layer choice, module filter and prefilter (against the protocol stand-in).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Compiler, cleanId, loaderFor, normalizeAliases } from '../src/core.js';
import { ActioncServe } from '../src/serve-client.js';
import actioncVitePlugins from '../src/vite.js';
import { fakeServe } from './helpers.mjs';

const env = (name, consumer) => ({ environment: { name, config: { consumer } } });
// actionc() is the main plugin plus the plugin-rsc directive pass; the layer is the main one's.
const actioncVite = (options) => actioncVitePlugins(options).find((plugin) => plugin.name === 'actionc');

test('vite layer: rsc server, client client, ssr depends on an rsc environment, overrides', () => {
  const plain = actioncVite();
  plain.configResolved({ command: 'build', root: '/r', environments: { client: {}, ssr: {} }, build: {} });
  assert.equal(plain.api.layerFor(env('client', 'client')), 'client');
  assert.equal(plain.api.layerFor(env('ssr', 'server')), 'server');
  assert.equal(plain.api.layerFor(env('worker', 'server')), 'server');
  assert.equal(plain.api.layerFor(env('edge', 'client')), 'client');
  assert.equal(plain.api.layerFor({}, true), 'server', 'Vite 5: the ssr flag');
  assert.equal(plain.api.layerFor({}, false), 'client');

  const rsc = actioncVite();
  rsc.configResolved({ command: 'build', root: '/r', environments: { client: {}, ssr: {}, rsc: {} }, build: {} });
  assert.equal(rsc.api.layerFor(env('rsc', 'server')), 'server');
  assert.equal(rsc.api.layerFor(env('ssr', 'server')), 'client', 'SSR of client components gets stubs');

  assert.equal(actioncVite({ layer: 'server' }).api.layerFor(env('client', 'client')), 'server');
  assert.equal(actioncVite({ serverEnvironments: ['edge'] }).api.layerFor(env('edge', 'client')), 'server');
  assert.equal(actioncVite({ layer: ({ environment }) => (environment === 'x' ? 'server' : 'client') }).api.layerFor(env('x')), 'server');
});

test('module filter: extensions, root, node_modules, dot-dirs, queries, virtual ids', () => {
  const c = new Compiler({ root: '/proj' });
  assert.equal(c.relativePath('/proj/app/a.ts?v=123'), 'app/a.ts');
  assert.equal(c.relativePath('/proj/app/a.css'), null);
  assert.equal(c.relativePath('/elsewhere/a.ts'), null);
  assert.equal(c.relativePath('/proj/node_modules/x/a.js'), null);
  assert.equal(c.relativePath('/proj/.cache/a.js'), null);
  assert.equal(c.relativePath('\0virtual:a.ts'), null);
  assert.equal(cleanId('/a.tsx#x'), '/a.tsx');
  assert.deepEqual(['a.ts', 'a.mts', 'a.cts', 'a.tsx', 'a.js', 'a.jsx', 'a.mjs', 'a.cjs'].map(loaderFor), ['ts', 'ts', 'ts', 'tsx', 'jsx', 'jsx', 'jsx', 'jsx']);
});

test('prefilter: modules without the text are not sent, unless sent before', async () => {
  const log = join(mkdtempSync(join(tmpdir(), 'actionc-core-')), 'requests.log');
  const c = new Compiler({ root: '/proj', actionc: fakeServe, env: { ...process.env, FAKE_SERVE_LOG: log } });
  try {
    assert.deepEqual(await c.transform('export const x = 1;\n', '/proj/a.ts', 'client'), { skipped: true });
    const r = await c.transform("'use server';\nexport async function f() {}\n", '/proj/b.ts', 'client');
    assert.equal(r.changed, true);
    assert.equal(r.map.sources[0], '/proj/b.ts', 'map sources are absolute ids');
    // The directive was removed: b.ts is sent again so serve forgets its actions.
    const again = await c.transform('export async function f() {}\n', '/proj/b.ts', 'client');
    assert.equal(again.changed, false);
    const noFilter = new Compiler({ root: '/proj', actionc: fakeServe, prefilter: false, env: { ...process.env, FAKE_SERVE_LOG: log } });
    await noFilter.transform('export const y = 1;\n', '/proj/c.ts', 'server');
    await noFilter.close();
  } finally {
    await c.close();
  }
  const paths = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.method === 'transform').map((r) => r.path);
  assert.deepEqual(paths, ['b.ts', 'b.ts', 'c.ts']);
});

test("aliases: Vite/Rollup array form, object form, regexes; Vite's internal ones and those without a string replacement left out", () => {
  const vite = [
    { find: /^\/?@vite\/env/, replacement: '/@fs/x/env.mjs' },
    { find: '@', replacement: '/app/src' },
    { find: /^~(.*)$/i, replacement: '/app/src$1' },
    { find: 'custom', replacement: 'x', customResolver: () => null },
    { find: 'fn', replacement: undefined },
  ];
  assert.deepEqual(normalizeAliases(vite), [
    { find: '@', replacement: '/app/src' },
    { find: { regex: '^~(.*)$', flags: 'i' }, replacement: '/app/src$1' },
    { find: 'custom', replacement: 'x' },
  ]);
  assert.deepEqual(normalizeAliases({ '@lib': './lib' }, { relativeTo: '/work' }), [{ find: '@lib', replacement: '/work/lib' }]);
  assert.deepEqual(normalizeAliases(undefined), []);
  const serve = new ActioncServe({ root: '/app', alias: normalizeAliases({ '@': '/app/src' }) });
  assert.deepEqual(serve.argv, ['serve', '/app', '--alias-json', '[{"find":"@","replacement":"/app/src"}]']);
});

test('vite passes its resolve.alias to serve', () => {
  const plugin = actioncVite({ actionc: fakeServe });
  plugin.configResolved({ command: 'build', root: '/r', build: {}, resolve: { alias: [{ find: '@', replacement: '/r/src' }] } });
  plugin.api.manifest().catch(() => {});  // creates the compiler (and starts the stand-in)
  const { compiler } = plugin.api;
  assert.deepEqual(compiler.options.alias, [{ find: '@', replacement: '/r/src' }]);
  return compiler.close();
});
