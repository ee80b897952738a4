// The protocol client against test/fake-serve.mjs: ids, ordering, restarts, shutdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActioncServe, actioncBinary } from '../src/serve-client.js';
import { fakeServe, here } from './helpers.mjs';

const SRC = "'use server';\nexport async function a() {}\nexport async function b() {}\n";
const scratch = () => mkdtempSync(join(tmpdir(), 'actionc-serve-client-'));

test('binary: option, then ACTIONC_BIN, then actionc on PATH', () => {
  const saved = process.env.ACTIONC_BIN;
  try {
    process.env.ACTIONC_BIN = '/x/actionc';
    assert.equal(actioncBinary('/y/actionc'), '/y/actionc');
    assert.equal(actioncBinary(), '/x/actionc');
    delete process.env.ACTIONC_BIN;
    assert.equal(actioncBinary(), 'actionc');
  } finally {
    if (saved === undefined) delete process.env.ACTIONC_BIN;
    else process.env.ACTIONC_BIN = saved;
  }
});

test('concurrent requests are matched to their answers; one process serves them all', async () => {
  const log = join(scratch(), 'requests.log');
  const serve = new ActioncServe({ root: '/proj', actionc: fakeServe, env: { ...process.env, FAKE_SERVE_LOG: log } });
  const results = await Promise.all([
    serve.transform({ path: 'a.ts', layer: 'client', source: SRC }),
    serve.transform({ path: 'b.ts', layer: 'server', source: SRC }),
    serve.transform({ path: 'c.ts', layer: 'client', source: 'export const x = 1;\n' }),
    serve.manifest(),
  ]);
  assert.match(results[0].code, /createServerReference\("ID_a"/);
  assert.match(results[1].code, /registerServerReference\(a, "ID_a", "a"\)/);
  assert.equal(results[2].changed, false);
  assert.match(results[3], /"module": "b.ts"/);
  const pid = serve.pid;
  await serve.forget('a.ts');
  assert.equal(serve.pid, pid);
  assert.equal((await serve.close()).code, 0);
  const requests = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(requests.map((r) => r.id), [1, 2, 3, 4, 5, undefined]);
  assert.deepEqual(requests.at(-1), { method: 'shutdown' });
});

test('close() sends shutdown and the process exits 0', async () => {
  const serve = new ActioncServe({ root: '/proj', actionc: fakeServe });
  await serve.transform({ path: 'a.ts', layer: 'client', source: SRC });
  const { code, signal } = await serve.close();
  assert.equal(code, 0);
  assert.equal(signal, null);
  await assert.rejects(serve.manifest(), { code: 'ACTIONC_SERVE_CLOSED' });
  await serve.close(); // idempotent
});

test('a crash restarts the server and resends the request once', async () => {
  const once = join(scratch(), 'crashed');
  const serve = new ActioncServe({
    root: '/proj', actionc: fakeServe,
    env: { ...process.env, FAKE_SERVE_CRASH_ON: 'CRASH', FAKE_SERVE_CRASH_ONCE: once },
  });
  await serve.transform({ path: 'a.ts', layer: 'client', source: SRC });
  const first = serve.pid;
  const answer = await serve.transform({ path: 'b.ts', layer: 'client', source: SRC + '// CRASH\n' });
  assert.ok(existsSync(once), 'the fake server crashed once');
  assert.equal(answer.ok, true);
  assert.notEqual(serve.pid, first, 'a new process');
  await serve.close();
});

test('a request that crashes the server twice is rejected with its stderr', async () => {
  const serve = new ActioncServe({ root: '/proj', actionc: fakeServe, env: { ...process.env, FAKE_SERVE_CRASH_ON: 'CRASH' } });
  const ok = serve.transform({ path: 'a.ts', layer: 'client', source: SRC });
  const bad = serve.transform({ path: 'b.ts', layer: 'client', source: SRC + '// CRASH\n' });
  assert.equal((await ok).ok, true);
  await assert.rejects(bad, (error) => {
    assert.equal(error.code, 'ACTIONC_SERVE_CRASHED');
    assert.match(error.message, /exited with status 3 twice/);
    assert.match(error.message, /fake serve: boom/);
    return true;
  });
  // Still usable afterwards.
  assert.equal((await serve.transform({ path: 'c.ts', layer: 'server', source: SRC })).ok, true);
  await serve.close();
});

test('a missing binary is a clear error', async () => {
  const serve = new ActioncServe({ root: '/proj', actionc: '/nonexistent/actionc' });
  await assert.rejects(serve.manifest(), { code: 'ACTIONC_SERVE_NOT_FOUND', message: /ACTIONC_BIN/ });
});

test('protocol errors are answers, not exceptions', async () => {
  const serve = new ActioncServe({ root: '/proj', actionc: fakeServe });
  const response = await serve.request({ method: 'frobnicate' });
  assert.equal(response.ok, false);
  assert.match(response.error, /unknown method/);
  await serve.close();
});

test('an idle, unclosed client does not keep Node alive', () => {
  const script = `
    import { ActioncServe } from ${JSON.stringify(new URL('../src/serve-client.js', import.meta.url).href)};
    const serve = new ActioncServe({ root: '/proj', actionc: ${JSON.stringify(fakeServe)} });
    const r = await serve.transform({ path: 'a.ts', layer: 'client', source: ${JSON.stringify(SRC)} });
    console.log(r.ok);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 10000, cwd: here });
  assert.equal(run.error, undefined, 'exited without a timeout');
  assert.equal(run.stdout.trim(), 'true');
  assert.equal(run.status, 0);
});
