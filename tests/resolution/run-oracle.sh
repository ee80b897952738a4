#!/usr/bin/env bash
# The tsc --traceResolution oracle (oracle.mjs): installs the pinned TypeScript with
# `npm ci --ignore-scripts` when node_modules is missing or older than the lockfile (a stamp
# holds the lockfile's hash), then compares actionc's resolution with tsc's over every
# fixture in testdata/resolution/.
# Usage: run-oracle.sh ACTIONC_BINARY [CASE…]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
"$here/../../tools/npm-ci-if-changed.sh" "$here" tests/resolution
exec node oracle.mjs "$@"
