// The installed layout of the npm packages (tools/package.sh): `actionc` finds its own
// prebuilt addon and its platform package's compiler with no environment variable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const runtimeJs = fileURLToPath(new URL('../../js/', import.meta.url));
const platform = createRequire(import.meta.url)(join(runtimeJs, 'platform.cjs'));

// node_modules/actionc as npm installs it (sources only; the caller adds what it tests).
function installedPackage(t) {
  const root = mkdtempSync(join(tmpdir(), 'actionc-platform-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const pkg = join(root, 'node_modules', 'actionc');
  cpSync(runtimeJs, pkg, { recursive: true, filter: (src) => !src.includes('node_modules') });
  return { root, pkg };
}

function withoutActioncVariables() {
  const env = { ...process.env };
  delete env.ACTIONC_NODE_ADDON;
  delete env.ACTIONC_BIN;
  return env;
}

const loadNative = (pkg) =>
  execFileSync(
    process.execPath,
    ['-e', `import(${JSON.stringify(join(pkg, 'native.js'))}).then((m) => { try { m.native(); console.log('loaded'); } catch (e) { console.log(e.message); } })`],
    { env: withoutActioncVariables(), encoding: 'utf8' },
  ).trim();

test('the platform triple names libc on Linux', () => {
  const triple = platform.platformTriple();
  assert.match(triple, new RegExp(`^${process.platform}-${process.arch}`));
  if (process.platform === 'linux') assert.match(triple, /-(gnu|musl)$/);
  assert.equal(platform.platformTriple('darwin', 'arm64'), 'darwin-arm64');
  assert.equal(platform.compilerPackage('linux-x64-gnu'), '@actionc/linux-x64-gnu');
});

test('an installed actionc loads prebuilds/<triple>/actionc_node.node with no variable', { skip: !process.env.ACTIONC_NODE_ADDON && 'ACTIONC_NODE_ADDON not set' }, (t) => {
  const { pkg } = installedPackage(t);
  assert.match(loadNative(pkg), /no prebuilt addon for .*build actionc from source/);
  const prebuild = join(pkg, 'prebuilds', platform.platformTriple());
  mkdirSync(prebuild, { recursive: true });
  copyFileSync(process.env.ACTIONC_NODE_ADDON, join(prebuild, 'actionc_node.node'));
  assert.equal(loadNative(pkg), 'loaded');
});

test('the compiler of the platform package, found next to actionc', (t) => {
  const { root, pkg } = installedPackage(t);
  const locate = () =>
    execFileSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(join(pkg, 'platform.cjs'))}).packagedCompilerPath())`], {
      env: withoutActioncVariables(),
      encoding: 'utf8',
    }).trim();
  assert.equal(locate(), 'null');
  const bin = join(root, 'node_modules', '@actionc', platform.platformTriple(), 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, '..', 'package.json'), JSON.stringify({ name: platform.compilerPackage(), version: '0.0.0' }));
  writeFileSync(join(bin, 'actionc'), '#!/bin/sh\necho "fake actionc $*"\nexit 7\n');
  chmodSync(join(bin, 'actionc'), 0o755);
  assert.equal(locate(), join(bin, 'actionc'));
  // `npx actionc` (bin/actionc.js) runs it with the arguments and passes its status on.
  let status = 0;
  let out = '';
  try {
    execFileSync(process.execPath, [join(pkg, 'bin', 'actionc.js'), 'build', '.'], { env: withoutActioncVariables(), encoding: 'utf8' });
  } catch (error) {
    status = error.status;
    out = error.stdout;
  }
  assert.equal(status, 7);
  assert.equal(out.trim(), 'fake actionc build .');
});
