// Issue 12's acceptance: a create-vite react-ts app (solution-style tsconfig.json, `paths`
// in tsconfig.app.json) with an alias in vite.config.ts: no used action is stripped,
// through the Vite plugin (client and SSR builds) and through `actionc build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { EXTERNAL, actioncBin, here, serveUnavailable, usingFake } from './helpers.mjs';

const skip = (usingFake && 'needs the real actionc') || serveUnavailable() || false;
const USED = ['banUser', 'createPost', 'deletePost'];
const UNUSED = ['unusedAdmin', 'unusedPost'];

function appCopy(t) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'actionc-create-vite-')));
  cpSync(join(here, 'create-vite-app'), dir, { recursive: true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function buildWithVite(root, build) {
  process.env.ACTIONC_VITE_PLUGIN = join(here, '../src/vite.js');
  process.env.ACTIONC_BIN = actioncBin;
  return viteBuild({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { write: false, minify: false, ...build } });
}

const chunks = (out) => (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);

function assertLiveness(manifest) {
  assert.deepEqual(manifest.actions.map((a) => a.export).sort(), USED);
  assert.deepEqual(manifest.stripped.map((s) => s.export).sort(), UNUSED);
  assert.ok(manifest.stripped.every((s) => s.reason === 'not-imported'));
}

test('create-vite react-ts: the Vite plugin sees tsconfig.app.json paths and vite.config aliases', { skip }, async (t) => {
  const root = appCopy(t);
  const ssr = await buildWithVite(root, { ssr: join(root, 'src/main.tsx'), rollupOptions: { external: EXTERNAL } });
  const manifest = JSON.parse(chunks(ssr).find((c) => c.fileName === 'actions.manifest.json').source);
  assertLiveness(manifest);
  const byName = Object.fromEntries(manifest.actions.map((a) => [a.export, a]));
  assert.deepEqual(byName.createPost.importers, ['src/App.tsx']);
  assert.deepEqual(byName.banUser.importers, ['src/App.tsx'], 'the alias resolved: an importer, not a fail-safe keep');
  assert.deepEqual(byName.banUser.keptBy, []);

  // The client build links: every stub the app imports exists (a stripped one would fail
  // the build with a missing export).
  const client = await buildWithVite(root, { lib: { entry: join(root, 'src/main.tsx'), formats: ['es'], fileName: 'main' }, rollupOptions: { external: EXTERNAL } });
  const code = chunks(client).filter((c) => c.type === 'chunk').map((c) => c.code).join('\n');
  for (const name of USED) assert.match(code, new RegExp(`createServerReference\\([^)]*"${name}"\\)`), `${name} has a stub`);
  assert.doesNotMatch(code, /SECRET_SERVER_ONLY/);
});

test('create-vite react-ts: actionc build with the alias from actionc.json, and fail-safe without it', { skip }, async (t) => {
  const root = appCopy(t);
  const out = join(root, '..', `${root.split('/').pop()}-out`);
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const run = (...extra) => spawnSync(actioncBin, ['build', root, '--out', out, ...extra], { encoding: 'utf8' });

  writeFileSync(join(root, 'actionc.json'), JSON.stringify({ alias: { '~server': './src/server' } }));
  let result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr.includes('unresolved'), false, result.stderr);
  const resolved = JSON.parse(readFileSync(join(out, 'actions.manifest.json'), 'utf8'));
  assertLiveness(resolved);
  // `@/actions/posts` through tsconfig.app.json's paths, reached from the solution root.
  const createPost = resolved.actions.find((a) => a.export === 'createPost');
  assert.deepEqual([createPost.importers, createPost.keptBy], [['src/App.tsx'], []]);

  // The flag replaces actionc.json's aliases.
  result = run('--alias', '~server=./src/server');
  assert.equal(result.status, 0, result.stderr);
  assertLiveness(JSON.parse(readFileSync(join(out, 'actions.manifest.json'), 'utf8')));

  // Without the alias, the import cannot be resolved but looks like the project's: banUser
  // stays live, kept by it, with one warning naming the import and what it kept.
  rmSync(join(root, 'actionc.json'));
  result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /cannot resolve '~server\/admin'.*stay live: src\/server\/admin\.ts#banUser \[unresolved-import\]/);
  const manifest = JSON.parse(readFileSync(join(out, 'actions.manifest.json'), 'utf8'));
  assert.deepEqual(manifest.actions.map((a) => a.export).sort(), USED);
  const banUser = manifest.actions.find((a) => a.export === 'banUser');
  assert.deepEqual(banUser.keptBy, [{ import: '~server/admin', in: 'src/App.tsx' }]);
  assert.deepEqual(banUser.importers, []);
});
