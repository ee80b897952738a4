// `actionc serve` as a bundler plugin drives it: JSON lines in, JSON lines out, state
// kept across requests (docs/serve.md).
//   node serve_test.mjs <actionc>
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import test from 'node:test';
import assert from 'node:assert/strict';

const actionc = path.resolve(process.argv[2]);
const root = mkdtempSync(path.join(tmpdir(), 'actionc-serve-'));
mkdirSync(path.join(root, 'app'));
writeFileSync(path.join(root, 'app', 'actions.ts'),
  "'use server';\nimport { db } from './db';\nexport async function save(x: string) { return db.put(x); }\n" +
  'export async function unused() {}\n');
writeFileSync(path.join(root, 'app', 'db.ts'), 'export const db = { put: async (x: string) => x };\n');
writeFileSync(path.join(root, 'app', 'page.tsx'), "import { save } from './actions';\nexport const P = () => save;\n");
const key = execFileSync(actionc, ['keygen'], { encoding: 'utf8' }).trim();

function startServe(...flags) {
  const child = spawn(actionc, ['serve', root, ...flags], {
    env: { ...process.env, ACTIONC_ENCRYPTION_KEY: key },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => waiting.shift()(JSON.parse(line)));
  let nextId = 0;
  return {
    request(body) {
      const id = ++nextId;
      child.stdin.write(JSON.stringify({ id, ...body }) + '\n');
      return new Promise((resolve) => waiting.push(resolve)).then((response) => {
        assert.equal(response.id, id, 'responses come in request order with their id');
        return response;
      });
    },
    async close() {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const answered = new Promise((resolve) => waiting.push(resolve));
      child.stdin.write('{"method":"shutdown"}\n');
      assert.deepEqual(await answered, { ok: true });
      assert.equal(await exited, 0);
    },
  };
}

test.after(() => rmSync(root, { recursive: true, force: true }));

test('client and server layers, source maps and actions of a module', async () => {
  const serve = startServe();
  const client = await serve.request({ method: 'transform', path: 'app/actions.ts', layer: 'client' });
  assert.equal(client.ok, true);
  assert.equal(client.changed, true);
  assert.match(client.code, /export const save = \/\*#__PURE__\*\/ createServerReference\("/);
  assert.doesNotMatch(client.code, /db/);
  assert.equal(client.map.version, 3);
  assert.deepEqual(client.map.sources, ['app/actions.ts']);
  assert.deepEqual(client.actions.map((a) => a.export), ['save', 'unused'], 'dev mode keeps every action');

  const server = await serve.request({ method: 'transform', path: path.join(root, 'app/actions.ts'), layer: 'server' });
  assert.match(server.code, /registerServerReference\(save, "/);
  assert.equal(server.actions[0].id, client.actions[0].id, 'both layers agree on IDs');

  const plain = await serve.request({ method: 'transform', path: 'app/db.ts', layer: 'client' });
  assert.equal(plain.changed, false);
  assert.equal(plain.code, undefined);
  await serve.close();
});

test('edits come with the request, and diagnostics carry a code frame', async () => {
  const serve = startServe();
  const broken = await serve.request({
    method: 'transform', path: 'app/actions.ts', layer: 'server',
    source: "'use server';\nexport const limit = 10;\n",
  });
  assert.equal(broken.ok, false);
  assert.equal(broken.code, undefined);
  const [d] = broken.diagnostics;
  assert.equal(d.code, 'export-not-function');
  assert.equal(d.line, 2);
  assert.equal(d.column, 14);
  assert.match(d.rendered, /export const limit = 10;\n {13}\^~~~~\n/);

  const inline = await serve.request({
    method: 'transform', path: 'app/page.tsx', layer: 'server',
    source: "export function P({ id }) {\n  return async () => { 'use server'; return id; };\n}\n",
  });
  assert.equal(inline.ok, true);
  assert.equal(inline.actions[0].kind, 'inline');
  assert.equal(inline.actions[0].bound, 1);
  assert.match(inline.code, /encryptActionBoundArgs\(/);

  const manifest = JSON.parse((await serve.request({ method: 'manifest' })).manifest);
  assert.ok(manifest.actions.some((a) => a.kind === 'inline'), 'the manifest sees the edited module');
  await serve.close();
});

test('--strip-unused strips as build does; bad requests are answered, not fatal', async () => {
  const serve = startServe('--strip-unused');
  const manifest = JSON.parse((await serve.request({ method: 'manifest' })).manifest);
  assert.deepEqual(manifest.stripped, [{ export: 'unused', module: 'app/actions.ts' }]);
  assert.match((await serve.request({ method: 'nope' })).error, /unknown method/);
  assert.match((await serve.request({ method: 'transform', path: '../x.ts' })).error, /outside the project root/);
  const forgotten = await serve.request({ method: 'forget', path: 'app/page.tsx' });
  assert.equal(forgotten.ok, true);
  const after = JSON.parse((await serve.request({ method: 'manifest' })).manifest);
  assert.equal(after.actions.length, 0, 'with its only importer gone, save is stripped too');
  await serve.close();
});
