// Locates and loads the Node-API addon (actionc_node.node). Server-only.
//
// Search order:
//   1. $ACTIONC_NODE_ADDON, an absolute path to the .node file;
//   2. actionc_node.node next to this file (where a packaged install puts it);
//   3. the CMake build trees of an actionc checkout: <repo>/build/runtime/ and
//      <repo>/build-runtime/runtime/ (this file lives in <repo>/runtime/js/).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export function addonCandidates() {
  const candidates = [];
  if (process.env.ACTIONC_NODE_ADDON) candidates.push(resolve(process.env.ACTIONC_NODE_ADDON));
  candidates.push(join(here, 'actionc_node.node'));
  const repo = resolve(here, '..', '..');
  candidates.push(join(repo, 'build', 'runtime', 'actionc_node.node'));
  candidates.push(join(repo, 'build-runtime', 'runtime', 'actionc_node.node'));
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
  throw new Error(
    'actionc: cannot find the native addon actionc_node.node. Build it with ' +
      '`cmake --build <build-dir> --target actionc_node` and set ACTIONC_NODE_ADDON to its path. Looked in:\n  ' +
      tried.join('\n  '),
  );
}
