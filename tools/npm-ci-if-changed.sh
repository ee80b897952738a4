#!/usr/bin/env bash
# `npm ci --ignore-scripts` in DIR when node_modules is missing or was installed from
# another package-lock.json (a stamp in node_modules holds the lockfile's hash), so the
# test scripts that need a package's pinned npm dependencies set them up idempotently.
# Usage: npm-ci-if-changed.sh DIR LABEL   (LABEL names DIR in the one line it prints)
set -euo pipefail
dir=$1
label=$2
stamp="$dir/node_modules/.actionc-lock-sha256"
want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "npm ci --ignore-scripts ($label)"
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi
