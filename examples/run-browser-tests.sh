#!/usr/bin/env bash
# Browser end-to-end test of one example (EXAMPLE_DIR: examples/e2e, webpack, plugin-rsc).
# Idempotent setup, then `node --test`:
#  - Debian's Chromium (apt-get install chromium) when /usr/bin/chromium is missing and we
#    are root (or have sudo); otherwise the browser tests are skipped with the reason;
#  - `npm ci --ignore-scripts` once per lockfile (tools/npm-ci-if-changed.sh).
# Usage: run-browser-tests.sh EXAMPLE_DIR [ACTIONC_BINARY [ACTIONC_NODE_ADDON]]
# (each example's run-tests.sh calls this with its own directory).
set -euo pipefail
tools="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tools" && pwd)"
cd "$1"
shift
example="examples/$(basename "$PWD")"
if [[ $# -ge 1 ]]; then export ACTIONC_BIN="$1"; fi
if [[ $# -ge 2 ]]; then export ACTIONC_NODE_ADDON="$2"; fi

if [[ -z "${CHROMIUM:-}" && ! -x /usr/bin/chromium ]]; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || { command -v sudo > /dev/null && sudo=(sudo -n); }
  if [[ $(id -u) -eq 0 || ${#sudo[@]} -gt 0 ]]; then
    echo "run-tests.sh: apt-get install chromium"
    "${sudo[@]}" apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium > /dev/null || echo "run-tests.sh: could not install chromium"
  fi
fi

"$tools/npm-ci-if-changed.sh" . "$example"
exec node --test test/*.test.mjs
