#!/usr/bin/env bash
# Runs one of this package's checks with its pinned npm dependencies installed (`npm ci
# --ignore-scripts` when node_modules is missing or older than the lockfile; a stamp
# holds the lockfile's hash). Usage: run.sh SCRIPT.mjs [ARGS...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/node_modules/.actionc-lock-sha256"
want="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "run.sh: npm ci --ignore-scripts (tests/js-checks)"
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi
script=$1
shift
exec node "$here/$script" "$@"
