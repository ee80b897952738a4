// The build summary the plugins print: a count plus the first few stripped actions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STRIPPED_SHOWN, buildSummary } from '../src/summary.js';

const manifest = (stripped) =>
  JSON.stringify({ version: 1, keyId: 'k', actions: [{ id: 'A' }, { id: 'B' }], stripped: stripped.map((e) => ({ module: 'app/a.ts', export: e })) });

test('counts, then every stripped action when there are few', () => {
  assert.equal(
    buildSummary(manifest(['x', 'y'])),
    'actionc: 2 actions live, 2 stripped\n  stripped (no importer): app/a.ts#x\n  stripped (no importer): app/a.ts#y',
  );
  assert.equal(buildSummary(manifest([])), 'actionc: 2 actions live, 0 stripped');
});

test('many stripped actions: the first few and how many more; verbose lists all', () => {
  const names = Array.from({ length: 12 }, (_, i) => `s${i}`);
  const lines = buildSummary(manifest(names)).split('\n');
  assert.equal(lines[0], 'actionc: 2 actions live, 12 stripped');
  assert.equal(lines.length, 1 + STRIPPED_SHOWN + 1);
  assert.equal(lines[1], '  stripped (no importer): app/a.ts#s0');
  assert.match(lines.at(-1), /^ {2}\.\.\. and 7 more stripped \(verbose: true lists them all/);
  assert.equal(buildSummary(manifest(names), { verbose: true }).split('\n').length, 13);
});
