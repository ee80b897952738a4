#!/usr/bin/env bash
# Regenerates every golden case (or those named) from the current build; then read
# `git diff testdata/` — every changed byte is a behaviour change to justify.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
actionc=${ACTIONC:-$root/build/compiler/actionc}
if [[ $# -gt 0 ]]; then cases=("$@"); else mapfile -t cases < <(find "$root/testdata" -mindepth 2 -maxdepth 2 -type d | sort); fi
for c in "${cases[@]}"; do
  [[ -d "$c/input" ]] && "$root/tests/golden/run_golden.sh" "$actionc" "$c" --update
done
