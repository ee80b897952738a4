#!/usr/bin/env bash
# Browser end-to-end test of examples/e2e (the steps: ../run-browser-tests.sh).
# Usage: run-tests.sh [ACTIONC_BINARY [ACTIONC_NODE_ADDON]]
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../run-browser-tests.sh" "$here" "$@"
