#!/usr/bin/env bash
# Runs the plugin tests: installs the pinned devDependencies (vite, rollup, esbuild) with
# `npm ci --ignore-scripts` when node_modules is missing or older than the lockfile
# (idempotent: a stamp holds the lockfile's hash), then `node --test`.
# Usage: run-tests.sh [ACTIONC_BINARY]   (default: $ACTIONC_BIN, else build/compiler/actionc)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if [[ $# -ge 1 ]]; then export ACTIONC_BIN="$1"; fi

"$here/../npm-ci-if-changed.sh" "$here" tools/plugins
exec node --test test/*.test.mjs
