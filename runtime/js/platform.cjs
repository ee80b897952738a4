// actionc/platform: where this platform's native pieces of an installed actionc are.
//
// The compiler binary ships in a platform package, as esbuild and SWC ship theirs:
// `@actionc/<triple>` (e.g. `@actionc/linux-x64-gnu`, with `os`/`cpu`/`libc` fields) is an
// optional dependency of `actionc`, so npm installs only the one that fits the machine.
// The Node addon ships inside `actionc` itself, in `prebuilds/<triple>/actionc_node.node`.
//
// CommonJS on purpose: the bundler plugins load it synchronously (createRequire) when they
// pick the binary, and ESM imports it as well.
'use strict';

const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** glibc or musl, as detect-libc tells them apart: glibc reports its version in the process report. */
function linuxLibc() {
  const report = typeof process.report?.getReport === 'function' ? process.report.getReport() : null;
  return report?.header?.glibcVersionRuntime ? 'gnu' : 'musl';
}

/** `linux-x64-gnu`, `linux-arm64-musl`, `darwin-arm64`, `win32-x64`: names the platform package and the prebuild. */
function platformTriple(platform = process.platform, arch = process.arch) {
  const base = `${platform}-${arch}`;
  return platform === 'linux' ? `${base}-${linuxLibc()}` : base;
}

/** The name of the compiler package for this machine. */
function compilerPackage(triple = platformTriple()) {
  return `@actionc/${triple}`;
}

/**
 * The installed compiler binary, or null when the platform package is not installed
 * (an unsupported platform, or `--no-optional`). `$ACTIONC_BIN` is not consulted here:
 * callers put it first themselves.
 */
function packagedCompilerPath() {
  const name = compilerPackage();
  let manifest;
  try {
    manifest = require.resolve(`${name}/package.json`);
  } catch {
    return null;
  }
  const binary = join(dirname(manifest), 'bin', process.platform === 'win32' ? 'actionc.exe' : 'actionc');
  return existsSync(binary) ? binary : null;
}

/** The addon inside this package for this machine (it may not exist: see native.js). */
function packagedAddonPath(triple = platformTriple()) {
  return join(__dirname, 'prebuilds', triple, 'actionc_node.node');
}

module.exports = { platformTriple, compilerPackage, packagedCompilerPath, packagedAddonPath };
