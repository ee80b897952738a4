// Locates and loads the Node-API addon (actionc_node.node). Server-only.
//
// Search order:
//   1. $ACTIONC_NODE_ADDON, an absolute path to the .node file (binding: no fallback);
//   2. prebuilds/<triple>/actionc_node.node in this package (what tools/package.sh puts
//      into the npm package; <triple> as platform.cjs names it, e.g. linux-x64-gnu);
//   3. actionc_node.node next to this file;
//   4. only in an actionc checkout (runtime/js/ of the source tree): its CMake build
//      trees <repo>/build/runtime/ and <repo>/build-runtime/runtime/.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// Loaded with require, not imported: a bundler's dev server may evaluate this file as
// source (a linked package), where a CommonJS file cannot be imported as ESM.
const { packagedAddonPath, platformTriple } = require('./platform.cjs');
const inCheckout = existsSync(join(here, '..', 'node', 'actionc_node.cpp'));

export function addonCandidates() {
  const candidates = [];
  if (process.env.ACTIONC_NODE_ADDON) candidates.push(resolve(process.env.ACTIONC_NODE_ADDON));
  candidates.push(packagedAddonPath());
  candidates.push(join(here, 'actionc_node.node'));
  if (inCheckout) {
    const repo = resolve(here, '..', '..');
    candidates.push(join(repo, 'build', 'runtime', 'actionc_node.node'));
    candidates.push(join(repo, 'build-runtime', 'runtime', 'actionc_node.node'));
  }
  return candidates;
}

let loaded = null;

export function native() {
  if (loaded) return loaded;
  const candidates = addonCandidates();
  // An explicit ACTIONC_NODE_ADDON is binding: do not silently fall back to another build.
  const tried = process.env.ACTIONC_NODE_ADDON ? candidates.slice(0, 1) : candidates;
  for (const path of tried) {
    if (existsSync(path)) {
      loaded = require(path);
      return loaded;
    }
  }
  const how = inCheckout
    ? 'Build it with `cmake --build <build-dir> --target actionc_node`, or set ACTIONC_NODE_ADDON to its path.'
    : `This package has no prebuilt addon for ${platformTriple()}; build actionc from source and set ACTIONC_NODE_ADDON to its actionc_node.node.`;
  throw new Error(`actionc: cannot find the native addon actionc_node.node. ${how} Looked in:\n  ${tried.join('\n  ')}`);
}
