#!/usr/bin/env bash
# The CI recipe: build before and after a change, `actionc diff --exit-code`. A change
# that exposes a new action (here: a page starts importing one that was stripped) must
# fail with exit status 1 and name it; a rebuild without changes must pass.
set -euo pipefail
# Plain output whatever the caller's environment asks for (docs/cli.md, Colour).
unset FORCE_COLOR NO_COLOR
actionc=$(realpath "$1")
fixture=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export ACTIONC_ENCRYPTION_KEY=$("$actionc" keygen)

cp -r "$fixture" "$work/app"
"$actionc" build "$work/app" --out "$work/before" --quiet
"$actionc" build "$work/app" --out "$work/again" --quiet
"$actionc" diff "$work/before/actions.manifest.json" "$work/again/actions.manifest.json" --exit-code > "$work/same.txt" ||
  fail "an unchanged rebuild changed the surface: $(cat "$work/same.txt")"

cat > "$work/app/src/app/admin.tsx" <<'TSX'
import { impersonate } from "@/lib/actions/users";
export default function Admin() { return <form action={impersonate.bind(null, "u1")} />; }
TSX
"$actionc" build "$work/app" --out "$work/after" --quiet
set +e
"$actionc" diff "$work/before/actions.manifest.json" "$work/after/actions.manifest.json" --exit-code > "$work/report.txt"
status=$?
set -e
[[ $status == 1 ]] || fail "exit status $status for a newly exposed action"
grep -qx "+ added   src/lib/actions/users.ts#impersonate" "$work/report.txt" || fail "report: $(cat "$work/report.txt")"
"$actionc" diff "$work/before/actions.manifest.json" "$work/after/actions.manifest.json" --json |
  grep -q '"export": "impersonate"' || fail "--json does not list the added action"
# Without --exit-code the diff only reports.
"$actionc" diff "$work/before/actions.manifest.json" "$work/after/actions.manifest.json" > /dev/null || fail "diff without --exit-code failed"
echo "diff: all checks passed"
