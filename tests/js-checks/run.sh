#!/usr/bin/env bash
# Runs one of this package's checks with its pinned npm dependencies installed (`npm ci
# --ignore-scripts` when node_modules is missing or older than the lockfile; a stamp
# holds the lockfile's hash). Usage: run.sh SCRIPT.mjs [ARGS...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../../tools/npm-ci-if-changed.sh" "$here" tests/js-checks
script=$1
shift
exec node "$here/$script" "$@"
