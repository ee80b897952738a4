#!/usr/bin/env bash
# The tsc --traceResolution oracle (oracle.mjs): installs the pinned TypeScript with
# `npm ci --ignore-scripts` when node_modules is missing or older than the lockfile (a stamp
# holds the lockfile's hash), then compares actionc's resolution with tsc's over every
# fixture in testdata/resolution/.
# Usage: run-oracle.sh ACTIONC_BINARY [CASE…]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
stamp=node_modules/.actionc-lock-sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "run-oracle.sh: npm ci --ignore-scripts (tests/resolution)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
exec node oracle.mjs "$@"
