// `actionc serve` as a bundler plugin drives it: JSON lines in, JSON lines out, state
// kept across requests (docs/serve.md).
//   node serve_test.mjs <actionc>
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
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
  // A process that dies answers every pending request with this, so a test fails on it
  // rather than waiting for ever.
  child.on('exit', (code, signal) => {
    for (const resolve of waiting.splice(0)) resolve({ ok: false, error: `actionc serve exited (${signal ?? code})` });
  });
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
    // A request line written as is (not through JSON.stringify), and a wait for its reply.
    writeRaw(line) {
      child.stdin.write(line);
    },
    waitRaw(resolve) {
      waiting.push(resolve);
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
  // Nothing of the implementation: neither its import nor its body (IDs are random, and may hold "db").
  assert.doesNotMatch(client.code, /\.\/db|db\.put/);
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
  assert.deepEqual(manifest.stripped, [{ export: 'unused', module: 'app/actions.ts', reason: 'not-imported' }]);
  assert.match((await serve.request({ method: 'nope' })).error, /unknown method/);
  assert.match((await serve.request({ method: 'transform', path: '../x.ts' })).error, /outside the project root/);
  // A line that is not JSON: where and what, in actionc's words, never the library's.
  const notJson = new Promise((resolve) => serve.waitRaw(resolve));
  serve.writeRaw('{"method": "manifest",}\n');
  const answer = await notJson;
  assert.equal(answer.ok, false);
  assert.equal(answer.error, 'not JSON at column 22: a trailing comma is not allowed');
  const forgotten = await serve.request({ method: 'forget', path: 'app/page.tsx' });
  assert.equal(forgotten.ok, true);
  const after = JSON.parse((await serve.request({ method: 'manifest' })).manifest);
  assert.equal(after.actions.length, 0, 'with its only importer gone, save is stripped too');
  await serve.close();
});

test('a repeated request is answered from memory until the module or its importers change', async () => {
  const serve = startServe('--strip-unused');
  const ask = () => serve.request({ method: 'transform', path: 'app/actions.ts', layer: 'client' });
  const first = await ask();
  assert.deepEqual(first.actions.map((a) => a.export), ['save']);
  assert.deepEqual(await ask(), { ...first, id: first.id + 1 }, 'same question, same answer');
  // Another module starts to import `unused`: the remembered answer of actions.ts is stale.
  await serve.request({
    method: 'transform', path: 'app/page.tsx', layer: 'client',
    source: "import { save, unused } from './actions';\nexport const P = () => [save, unused];\n",
  });
  const widened = await ask();
  assert.deepEqual(widened.actions.map((a) => a.export), ['save', 'unused']);
  assert.match(widened.code, /export const unused = /);
  // The module itself changes: a new answer, with the new text's line numbers.
  const moved = await serve.request({
    method: 'transform', path: 'app/actions.ts', layer: 'client',
    source: "'use server';\n\n\nexport async function save(x: string) { return x; }\nexport async function unused() {}\n",
  });
  assert.equal(moved.actions[0].line, 4);
  assert.notDeepEqual(moved.map, widened.map, "the stubs map to the new lines");
  await serve.close();
});

test('request and reply JSON survive every kind of character', async () => {
  const serve = startServe();
  const text = "'use server';\n// é 😀 \t \\ \" ' \u0001\nexport async function go() { return '😀\\n'; }\n";
  const reply = await serve.request({ method: 'transform', path: 'app/odd.ts', layer: 'server', source: text });
  assert.equal(reply.ok, true);
  assert.ok(reply.code.startsWith(text), 'the server layer keeps the module text byte for byte');
  // Escapes a hand-written client might send (read by serve's flat-request reader), and
  // the same with a nested member (read by the general JSON parser): both understood.
  const source = JSON.stringify(text).replace('😀', '\\ud83d\\ude00').replace('é', '\\u00e9').replace('/', '\\/');
  for (const extra of ['', '"extra":{"a":[1]},']) {
    const answered = new Promise((resolve) => serve.waitRaw(resolve));
    serve.writeRaw(`{ "id" : 99 , ${extra}"method":"transform","path":"app/odd.ts","layer":"server","source":${source}}\n`);
    const raw = await answered;
    assert.equal(raw.id, 99);
    assert.equal(raw.code, reply.code);
  }
  await serve.close();
});

test('--alias-json: imports through the bundler\'s aliases resolve; a malformed list is a usage error', async () => {
  const aliases = JSON.stringify([{ find: { regex: '^~x/(.*)$', flags: '' }, replacement: `${root}/app/$1` }]);
  const serve = startServe('--strip-unused', '--alias-json', aliases);
  await serve.request({
    method: 'transform', path: 'app/page.tsx', layer: 'client',
    source: "import { save, unused } from '~x/actions';\nexport const P = () => [save, unused];\n",
  });
  const manifest = JSON.parse((await serve.request({ method: 'manifest' })).manifest);
  assert.deepEqual(manifest.actions.map((a) => [a.export, a.importers, a.keptBy]),
    [['save', ['app/page.tsx'], []], ['unused', ['app/page.tsx'], []]]);
  await serve.close();
  let status = 0;
  try {
    execFileSync(actionc, ['serve', root, '--alias-json', '[{"find": {"regex": "("}, "replacement": "x"}]'], { stdio: 'pipe', input: '' });
  } catch (error) {
    status = error.status;
    assert.match(String(error.stderr), /not a valid regular expression/);
  }
  assert.equal(status, 2);
});

// Issue 16: whatever a request does wrong, or makes fail inside the compiler, it gets an
// error reply and the process answers the next request.
test('a request that fails is answered, and so is the next one', async () => {
  mkdirSync(path.join(root, 'app', 'folder.ts'));
  // Not UTF-8 (Latin-1 'é'), with an error: the diagnostic quotes the line.
  writeFileSync(path.join(root, 'app', 'latin1.ts'),
    Buffer.concat([Buffer.from("'use server';\nexport const caf"), Buffer.from([0xe9]), Buffer.from(' = 1;\n')]));
  const serve = startServe();
  const raw = (bytes) => {
    const answered = new Promise((resolve) => serve.waitRaw(resolve));
    serve.writeRaw(bytes);
    return answered;
  };
  const stillServing = async () => {
    const manifest = await serve.request({ method: 'manifest' });
    assert.equal(manifest.ok, true, 'the process still answers');
  };
  const failures = [
    [() => raw('{"method": "transform", "path": \n'), /^not JSON at column 33: unexpected end of file/],
    [() => raw('[1, 2]\n'), /^a request is a JSON object, not an array$/],
    [() => raw('{"id": 5, "method": ["transform"]}\n'), /^"method" must be a string, not an array$/],
    [() => serve.request({ method: 'transform', path: 7 }), /^"path" must be a string, not an integer$/],
    [() => serve.request({ method: 'transform', path: 'app/actions.ts', source: { text: 'x' } }),
      /^"source" must be a string, not an object$/],
    [() => serve.request({ method: 'transform', path: 'app/missing.ts' }), /^cannot read .*missing\.ts: /],
    [() => serve.request({ method: 'transform', path: 'app/folder.ts' }), /^cannot read .*folder\.ts: Is a directory$/],
    [() => raw(`{"id":${'['.repeat(100000)}${']'.repeat(100000)},"method":"manifest"}\n`),
      /^the request nests deeper than 64 levels$/],
    [() => raw(Buffer.concat([Buffer.from('{"id":1,"method":"'), Buffer.from([0xff]), Buffer.from('"}\n')])),
      /^unknown method '\uFFFD'$/],
    [() => raw(Buffer.concat([Buffer.from('{"method":"transform","path":"app/x'), Buffer.from([0xff]), Buffer.from('.css"}\n')])),
      /^app\/x\uFFFD\.css is not a JavaScript or TypeScript module$/],
  ];
  for (const [ask, error] of failures) {
    const reply = await ask();
    assert.equal(reply.ok, false);
    assert.match(reply.error, error);
    await stillServing();
  }

  const latin1 = await serve.request({ method: 'transform', path: 'app/latin1.ts', layer: 'server' });
  assert.equal(latin1.ok, false);
  assert.equal(latin1.diagnostics[0].code, 'export-not-function');
  assert.match(latin1.diagnostics[0].rendered, /export const caf\uFFFD = 1;/, 'a byte that is not UTF-8 is shown as U+FFFD');
  await stillServing();

  // Deep nesting in a module: walked without recursion (the scope builder, facts, emit).
  const deep = await serve.request({
    method: 'transform', path: 'app/deep.js', layer: 'server',
    source: "export async function act(id) {\n  'use server';\n  return id;\n}\n" +
      `const p = ${'('.repeat(100000)}1${')'.repeat(100000)};\n`,
  });
  assert.equal(deep.ok, true);
  assert.deepEqual(deep.actions.map((a) => a.kind), ['inline']);
  await stillServing();

  const syntax = await serve.request({
    method: 'transform', path: 'app/actions.ts', layer: 'client', source: "'use server';\nexport async function (\n",
  });
  assert.equal(syntax.ok, false);
  assert.ok(syntax.diagnostics.length > 0);
  await stillServing();
  await serve.close();
});

// Serve reads modules without their audit facts (a transform never needs them) and audits
// on demand when a manifest is asked for: its audit results must be the build's, with
// suppression comments and calls followed into helper modules, before and after an edit.
test('the manifest carries the same audit results as a build of the same project', async () => {
  const here = path.dirname(new URL(import.meta.url).pathname);
  for (const name of ['suppression', 'auth-guards-and-following']) {
    const project = mkdtempSync(path.join(tmpdir(), `actionc-serve-audit-${name}-`));
    cpSync(path.join(here, '..', '..', 'testdata', 'audit', name, 'input'), project, { recursive: true });
    const out = mkdtempSync(path.join(tmpdir(), 'actionc-serve-audit-out-'));
    execFileSync(actionc, ['build', project, '--out', out, '--quiet'], { env: { ...process.env, ACTIONC_ENCRYPTION_KEY: key } });
    const audits = (manifest) => manifest.actions.map((a) => [a.module, a.export, a.audit]);
    const built = audits(JSON.parse(readFileSync(path.join(out, 'actions.manifest.json'), 'utf8')));
    assert.ok(built.some(([, , audit]) => audit.suppressed.length > 0 || audit.findings.length > 0), name);

    const child = spawn(actionc, ['serve', project, '--strip-unused'], { env: { ...process.env, ACTIONC_ENCRYPTION_KEY: key }, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = readline.createInterface({ input: child.stdout });
    const waiting = [];
    lines.on('line', (line) => waiting.shift()?.(JSON.parse(line)));
    const ask = (body) => { child.stdin.write(JSON.stringify(body) + '\n'); return new Promise((resolve) => waiting.push(resolve)); };
    const manifest = async () => audits(JSON.parse((await ask({ method: 'manifest' })).manifest));
    try {
      assert.deepEqual(await manifest(), built, `${name}: first manifest`);
      assert.deepEqual(await manifest(), built, `${name}: second manifest (audit facts kept)`);
      const [module] = built[0];
      const text = readFileSync(path.join(project, module), 'utf8');
      const edited = await ask({ method: 'transform', path: module, layer: 'server', source: text + '\n// edited\n' });
      assert.equal(edited.ok, true);
      assert.deepEqual(await manifest(), built, `${name}: after an edit`);
    } finally {
      child.stdin.end('{"method":"shutdown"}\n');
    }
    rmSync(project, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});
