// Issue 5's acceptance check, as a user would do it: build examples/blog, then from Node
// load its manifest through the runtime (actionc/server → Node-API addon), resolve every
// ID in it, and get the right typed error for a forged ID, an ID of a previous key that
// is no longer in the ring, and the ID of a stripped action.
//   node resolve_blog_manifest.mjs <actionc> <repo>
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'node:test';
import assert from 'node:assert/strict';

const [actionc, repo] = process.argv.slice(2).map((p) => path.resolve(p));
const work = mkdtempSync(path.join(tmpdir(), 'actionc-blog-'));
const key = execFileSync(actionc, ['keygen'], { encoding: 'utf8' }).trim();
const oldKey = execFileSync(actionc, ['keygen'], { encoding: 'utf8' }).trim();
const blog = path.join(repo, 'examples', 'blog');

function build(withKey, out) {
  execFileSync(actionc, ['build', blog, '--out', out, '--quiet'], {
    env: { ...process.env, ACTIONC_ENCRYPTION_KEY: withKey },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return path.join(out, 'actions.manifest.json');
}

const manifestPath = build(key, path.join(work, 'out'));
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const staleManifest = JSON.parse(readFileSync(build(oldKey, path.join(work, 'old')), 'utf8'));

// The runtime reads its keys from the environment, as a deployed server would.
process.env.ACTIONC_ENCRYPTION_KEY = key;
const server = await import(pathToFileURL(path.join(repo, 'runtime', 'js', 'server.js')).href);
const actions = server.loadActionManifest(manifestPath);

test.after(() => rmSync(work, { recursive: true, force: true }));

test('every ID of the blog manifest resolves to its module and export', () => {
  assert.ok(manifest.actions.length >= 4, 'the blog has module and inline actions');
  assert.ok(manifest.actions.some((a) => a.kind === 'inline'));
  for (const entry of manifest.actions) {
    assert.deepEqual(actions.resolve(entry.id), { id: entry.id, module: entry.module, export: entry.export, kind: entry.kind });
  }
});

test('a forged ID is rejected before any manifest lookup', () => {
  const id = manifest.actions[0].id;
  const i = 12;
  const forged = id.slice(0, i) + (id[i] === 'A' ? 'B' : 'A') + id.slice(i + 1);
  assert.throws(() => actions.resolve(forged), (e) => e.code === 'ACTIONC_FORGED_ID' && e.statusCode >= 400);
});

test('an ID minted with a key that is no longer in the ring is an unknown key', () => {
  assert.throws(() => actions.resolve(staleManifest.actions[0].id), { code: 'ACTIONC_UNKNOWN_KEY' });
});

test('after rotating to this key with the old one kept as previous, the old build\'s IDs resolve to this build\'s actions', () => {
  server.setKeyRing({ current: key, previous: [oldKey] });
  try {
    for (const stale of staleManifest.actions) {
      const entry = manifest.actions.find((a) => a.module === stale.module && a.export === stale.export);
      assert.notEqual(stale.id, entry.id);
      assert.deepEqual(actions.resolve(stale.id), { id: entry.id, module: entry.module, export: entry.export, kind: entry.kind });
    }
  } finally {
    server.setKeyRing({ current: key });
  }
  assert.throws(() => actions.resolve(staleManifest.actions[0].id), { code: 'ACTIONC_UNKNOWN_KEY' });
});

test('a stripped action has no endpoint: its authentic ID is not in the manifest', () => {
  assert.ok(manifest.stripped.some((s) => s.export === 'purgeAllPosts'));
  // `transform` compiles one module alone, where nothing is stripped: it mints the ID.
  const client = execFileSync(
    actionc,
    ['transform', path.join(blog, 'app', 'actions', 'posts.ts'), '--root', blog, '--layer', 'client'],
    { env: { ...process.env, ACTIONC_ENCRYPTION_KEY: key }, encoding: 'utf8' },
  );
  const strippedId = client.match(/createServerReference\("([^"]+)"[^\n]*"purgeAllPosts"\)/)[1];
  assert.throws(() => actions.resolve(strippedId), (e) => e.code === 'ACTIONC_ACTION_NOT_FOUND' &&
    /Failed to find Server Action/.test(e.message));
});
