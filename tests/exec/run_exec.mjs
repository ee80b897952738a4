// Execution test for inline actions: each case's module is run as written (under
// Node, 'use server' is just a string) and as compiled by actionc for the server layer
// (hoisted actions, encrypted-capture plumbing through test-runtime.mjs). Every
// scenario must return the same value both ways.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
const actionc = path.resolve(process.argv[2]);
const casesDir = path.join(here, 'cases');
const out = mkdtempSync(path.join(tmpdir(), 'actionc-exec-'));
let passed = 0;
let failed = 0;

try {
  execFileSync(actionc, ['build', casesDir, '--out', out, '--keep-unused', '--quiet',
    '--server-runtime', pathToFileURL(path.join(here, 'test-runtime.mjs')).href], {
    env: { ...process.env, ACTIONC_ENCRYPTION_KEY: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (const file of readdirSync(casesDir).sort()) {
    const original = await import(pathToFileURL(path.join(casesDir, file)).href);
    const compiled = await import(pathToFileURL(path.join(out, 'server', file)).href);
    const hoisted = Object.keys(compiled).filter((name) => name.startsWith('$$ACTION_'));
    try {
      assert.ok(hoisted.length > 0, 'the compiled module exports its hoisted actions');
      for (const name of hoisted) assert.ok(compiled[name].$$id, `${name} is registered`);
      for (const [name, scenario] of Object.entries(original.scenarios)) {
        const expected = await scenario();
        const actual = await compiled.scenarios[name]();
        assert.deepEqual(actual, expected, `${file}: scenario ${name}`);
      }
      passed += 1;
      console.log(`ok: ${file} (${Object.keys(original.scenarios).length} scenarios, ${hoisted.length} hoisted)`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL: ${file}: ${error.message}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
