// Shared test helpers: which actionc binary, a fresh copy of the fixture, a key.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

export const here = dirname(fileURLToPath(import.meta.url));
export const fakeServe = join(here, 'fake-serve.mjs');
export const fixtureDir = join(here, 'fixture');
const repo = resolve(here, '../../..');

// ACTIONC_PLUGINS_FAKE=1 runs the plugin tests against test/fake-serve.mjs (a protocol
// stand-in); otherwise ACTIONC_BIN, else the repository's build.
export const usingFake = Boolean(process.env.ACTIONC_PLUGINS_FAKE);
export const actioncBin = usingFake ? fakeServe : (process.env.ACTIONC_BIN || join(repo, 'build/compiler/actionc'));

/** Why the real serve cannot be used (null when it can). */
export function serveUnavailable() {
  if (usingFake) return null;
  const probe = spawnSync(actioncBin, ['serve', '--help'], { encoding: 'utf8' });
  if (probe.error) return `${actioncBin}: ${probe.error.message}`;
  if (probe.status !== 0) return `${actioncBin} has no working 'serve' subcommand (status ${probe.status}): ${(probe.stderr || probe.stdout).trim().split('\n')[0]}`;
  return null;
}

// Every serve started by a test inherits this key (serve never generates one).
process.env.ACTIONC_ENCRYPTION_KEY ||= randomBytes(32).toString('base64');

/** A fresh copy of test/fixture in a temporary directory; removed by the returned cleanup. */
export function fixtureCopy(t) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'actionc-plugins-')));
  cpSync(fixtureDir, dir, { recursive: true });
  // The runtime package, as an app would have it installed (compiled modules import it).
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(repo, 'runtime/js'), join(dir, 'node_modules/actionc'), 'dir');
  t?.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const EXTERNAL = ['actionc/client', 'actionc/server'];
