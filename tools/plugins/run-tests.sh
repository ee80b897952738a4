#!/usr/bin/env bash
# Runs the plugin tests: installs the pinned devDependencies (vite, rollup, esbuild) with
# `npm ci --ignore-scripts` when node_modules is missing or older than the lockfile
# (idempotent: a stamp holds the lockfile's hash), then `node --test`.
# Usage: run-tests.sh [ACTIONC_BINARY]   (default: $ACTIONC_BIN, else build/compiler/actionc)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if [[ $# -ge 1 ]]; then export ACTIONC_BIN="$1"; fi

stamp=node_modules/.actionc-lock-sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "run-tests.sh: npm ci --ignore-scripts (tools/plugins)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
exec node --test test/*.test.mjs
