import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const nativeModule = fileURLToPath(new URL('../../js/native.js', import.meta.url));

function loadIn(env) {
  const script = `import(${JSON.stringify(nativeModule)}).then((m) => { try { m.native(); console.log('loaded'); } catch (e) { console.log(e.message); } })`;
  return execFileSync(process.execPath, ['-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

test('ACTIONC_NODE_ADDON selects the addon', () => {
  assert.equal(loadIn({}).trim(), 'loaded');
});

test('a wrong ACTIONC_NODE_ADDON is an error naming the path, with no fallback', () => {
  const output = loadIn({ ACTIONC_NODE_ADDON: '/nonexistent/actionc_node.node' });
  assert.match(output, /cannot find the native addon/);
  assert.match(output, /\/nonexistent\/actionc_node\.node/);
});
