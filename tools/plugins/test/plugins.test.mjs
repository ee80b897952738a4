// Each plugin against `actionc serve` (the real binary: ACTIONC_BIN or build/compiler/actionc;
// ACTIONC_PLUGINS_FAKE=1 uses the protocol stand-in) on a copy of test/fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import { build as viteBuild, createServer } from 'vite';
import actioncVite from '../src/vite.js';
import actioncRollup from '../src/rollup.js';
import actioncEsbuild from '../src/esbuild.js';
import { EXTERNAL, actioncBin, fixtureCopy, serveUnavailable, usingFake } from './helpers.mjs';

const skip = serveUnavailable() || false;
const BAD = "'use server';\nexport const limit = 10;\nexport async function ok() {}\n";

function chunksOf(output) {
  const outputs = Array.isArray(output) ? output : [output];
  return outputs.flatMap((o) => o.output);
}
const codeOf = (output) => chunksOf(output).filter((c) => c.type === 'chunk').map((c) => c.code).join('\n');
const manifestOf = (output) => chunksOf(output).find((c) => c.type === 'asset' && c.fileName === 'actions.manifest.json');

function assertClientStubs(code) {
  assert.match(code, /createServerReference\(\s*"[^"]+"/, 'a client stub');
  assert.match(code, /from ["'](actionc\/client|[^"']*runtime\/js\/client\.js)["']/);
  assert.doesNotMatch(code, /SECRET_SERVER_ONLY/, 'no implementation in the client');
  assert.doesNotMatch(code, /rows\.push|registerServerReference/, 'no server code in the client');
}
function assertServerRegistrations(code) {
  assert.match(code, /registerServerReference\(createPost, "[^"]+", "createPost"\)/);
  assert.match(code, /from ["']actionc\/server["']/);
  assert.match(code, /SECRET_SERVER_ONLY/, 'the implementation stays on the server');
}
function assertManifest(text) {
  const manifest = JSON.parse(text);
  const exports = manifest.actions.map((a) => a.export);
  assert.ok(exports.includes('createPost'), `createPost in ${text}`);
  if (!usingFake) {
    assert.equal(manifest.version, 1);
    assert.ok(!exports.includes('unusedAction'), 'unused action stripped in a build');
    assert.ok(manifest.actions.every((a) => a.module === 'app/actions.ts'));
  }
}
function assertBadLocation(file, line, column) {
  assert.match(file, /app[/\\]bad\.ts$/);
  assert.equal(line, 2);
  // 1-based, the line:column `actionc build` prints for `limit` in `export const limit = 10;`
  assert.equal(column, 14);
}
// TypeScript for Rollup alone (Vite and esbuild strip types themselves).
const stripTypes = {
  name: 'strip-types',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.')) return null;
    for (const ext of ['.ts', '.tsx', '/index.ts']) {
      const file = join(dirname(importer), source + ext);
      if (existsSync(file)) return file;
    }
    return null;
  },
  async transform(code, id) {
    if (!/\.tsx?$/.test(id)) return null;
    const out = await esbuild.transform(code, { loader: id.endsWith('x') ? 'tsx' : 'ts', sourcemap: true, sourcefile: id });
    return { code: out.code, map: out.map };
  },
};

function viteConfig(root, extra = {}) {
  return {
    root, configFile: false, logLevel: 'silent',
    plugins: [actioncVite({ actionc: actioncBin })],
    ...extra,
  };
}

test('vite: client build has stubs only', { skip }, async (t) => {
  const root = fixtureCopy(t);
  const out = await viteBuild(viteConfig(root, {
    build: { write: false, minify: false, lib: { entry: join(root, 'app/client-entry.ts'), formats: ['es'], fileName: 'client' }, rollupOptions: { external: EXTERNAL } },
  }));
  assertClientStubs(codeOf(out));
  assert.equal(manifestOf(out), undefined, 'no manifest from the client build');
});

test('vite: ssr build has registrations and emits the manifest', { skip }, async (t) => {
  const root = fixtureCopy(t);
  const out = await viteBuild(viteConfig(root, {
    build: { write: false, minify: false, ssr: join(root, 'app/server-entry.ts'), rollupOptions: { external: EXTERNAL } },
  }));
  assertServerRegistrations(codeOf(out));
  assertManifest(manifestOf(out).source);
});

test('vite: a diagnostic is a build error with loc and frame', { skip }, async (t) => {
  const root = fixtureCopy(t);
  writeFileSync(join(root, 'app/bad.ts'), BAD);
  writeFileSync(join(root, 'app/client-entry.ts'), "export { ok } from './bad';\n");
  await assert.rejects(
    viteBuild(viteConfig(root, {
      build: { write: false, lib: { entry: join(root, 'app/client-entry.ts'), formats: ['es'], fileName: 'c' }, rollupOptions: { external: EXTERNAL } },
    })),
    (error) => {
      assert.equal(error.plugin, 'actionc');
      assert.match(error.message, /export/);
      assertBadLocation(error.loc.file, error.loc.line, error.loc.column);
      assert.match(error.frame, /export const limit = 10;/);
      assert.match(error.frame, /\^/);
      if (!usingFake) assert.match(error.frame, /bad\.ts:2:14: error:/); // the frame and loc agree
      return true;
    },
  );
});

test('vite: dev server transforms per environment (client stubs, ssr registrations)', { skip }, async (t) => {
  const root = fixtureCopy(t);
  const server = await createServer(viteConfig(root, { server: { middlewareMode: true, ws: false, watch: null }, optimizeDeps: { noDiscovery: true, include: [] } }));
  t.after(() => server.close());
  const client = await server.environments.client.transformRequest('/app/actions.ts');
  assertClientStubs(client.code);
  const ssr = await server.environments.ssr.transformRequest('/app/actions.ts');
  assert.match(ssr.code, /registerServerReference/);
  const plugin = server.config.plugins.find((p) => p.name === 'actionc');
  const manifest = JSON.parse(await plugin.api.manifest());
  assert.ok(manifest.actions.some((a) => a.export === 'unusedAction') || usingFake, 'dev: every action is live');
});

test('rollup: client and server layers, manifest from the server build', { skip }, async (t) => {
  const root = fixtureCopy(t);
  const client = await rollup({ input: join(root, 'app/client-entry.ts'), external: EXTERNAL, plugins: [actioncRollup({ root, actionc: actioncBin, layer: 'client' }), stripTypes] });
  const clientOut = await client.generate({ format: 'es' });
  await client.close();
  assertClientStubs(codeOf(clientOut));
  assert.equal(manifestOf(clientOut), undefined);

  const server = await rollup({ input: join(root, 'app/server-entry.ts'), external: EXTERNAL, plugins: [actioncRollup({ root, actionc: actioncBin, layer: 'server' }), stripTypes] });
  const serverOut = await server.generate({ format: 'es', sourcemap: true });
  await server.close();
  assertServerRegistrations(codeOf(serverOut));
  assertManifest(manifestOf(serverOut).source);
  if (usingFake) return; // the stand-in's maps are empty
  const map = chunksOf(serverOut).find((c) => c.type === 'chunk').map;
  assert.ok(map.sources.some((s) => s.endsWith('app/actions.ts')), `source map names the module: ${map.sources}`);
});

test('rollup: a diagnostic is a build error with loc and frame', { skip }, async (t) => {
  const root = fixtureCopy(t);
  writeFileSync(join(root, 'app/bad.ts'), BAD);
  await assert.rejects(
    rollup({ input: join(root, 'app/bad.ts'), external: EXTERNAL, plugins: [actioncRollup({ root, actionc: actioncBin, layer: 'server' }), stripTypes] }),
    (error) => {
      assert.equal(error.plugin, 'actionc');
      assertBadLocation(error.loc.file, error.loc.line, error.loc.column);
      assert.match(error.frame, /export const limit = 10;/);
      return true;
    },
  );
});

test('esbuild: client stubs, server registrations and the manifest file', { skip }, async (t) => {
  const root = fixtureCopy(t);
  const common = { absWorkingDir: root, bundle: true, format: 'esm', external: EXTERNAL, logLevel: 'silent' };
  const client = await esbuild.build({ ...common, entryPoints: ['app/client-entry.ts'], write: false, platform: 'browser', outdir: 'out/client', plugins: [actioncEsbuild({ actionc: actioncBin })] });
  assertClientStubs(client.outputFiles.map((f) => f.text).join('\n'));
  assert.equal(client.actionsManifest, undefined, 'no manifest for the client layer');

  const server = await esbuild.build({ ...common, entryPoints: ['app/server-entry.ts'], platform: 'node', outdir: 'out/server', plugins: [actioncEsbuild({ actionc: actioncBin })] });
  assert.equal(server.errors.length, 0);
  assertServerRegistrations(readFileSync(join(root, 'out/server/server-entry.js'), 'utf8'));
  assert.ok(existsSync(join(root, 'out/server/actions.manifest.json')));
  assertManifest(readFileSync(join(root, 'out/server/actions.manifest.json'), 'utf8'));
});

test('esbuild: a diagnostic is an esbuild error with location', { skip }, async (t) => {
  const root = fixtureCopy(t);
  writeFileSync(join(root, 'app/bad.ts'), BAD);
  await assert.rejects(
    esbuild.build({ absWorkingDir: root, entryPoints: ['app/bad.ts'], bundle: true, write: false, format: 'esm', external: EXTERNAL, logLevel: 'silent', plugins: [actioncEsbuild({ actionc: actioncBin })] }),
    (error) => {
      const [message] = error.errors;
      assert.equal(message.pluginName, 'actionc');
      assert.match(message.location.file, /app[/\\]bad\.ts$/);
      assert.equal(message.location.line, 2);
      assert.equal(message.location.column, 13); // esbuild's field is 0-based; it prints 2:14, as the CLI does
      assert.match(esbuild.formatMessagesSync([message], { kind: 'error' }).join(''), /app[/\\]bad\.ts:2:14:/);
      assert.equal(message.location.lineText, 'export const limit = 10;');
      assert.match(message.notes[0].text, /\^/);
      return true;
    },
  );
});
