#!/usr/bin/env bash
# Golden test: builds CASE/input with a fixed key and compares, byte for byte, the
# whole output tree, the manifest, the diagnostics and the exit status with
# CASE/expected. With --update it rewrites CASE/expected instead; review the result with
# `git diff testdata/` before committing: a golden refresh is a reviewed change.
#
# CASE/args (optional) holds extra `actionc build` flags, e.g. --keep-unused.
# CASE/audit (optional) holds extra `actionc audit` flags (it may be empty): the case is
# then audited too, as text (audit/stdout.txt, audit/stderr.txt, audit/exit-status) and
# as JSON (audit/report.json).
set -euo pipefail
# Plain output whatever the caller's environment asks for (docs/cli.md, Colour).
unset FORCE_COLOR NO_COLOR
actionc=$(realpath "$1")
case_dir=$2
mode=${3:-check}
here=$(cd "$(dirname "$0")" && pwd)

work=$(mktemp -d)
# The output goes beside input/, so the relative paths in source maps do not depend on
# where the test runs.
out="$(cd "$case_dir" && pwd)/.out-$$"
trap 'rm -rf "$work" "$out"' EXIT

args=()
if [[ -f "$case_dir/args" ]]; then read -r -a args < "$case_dir/args"; fi

set +e
(cd "$case_dir" && ACTIONC_ENCRYPTION_KEY=$(cat "$here/test.key") ACTIONC_PREVIOUS_KEYS= \
  "$actionc" build input --out "$out" --quiet "${args[@]}") > "$work/stdout" 2> "$work/diagnostics.txt"
status=$?
set -e
echo "$status" > "$work/exit-status"

actual="$work/actual"
mkdir -p "$actual"
cp "$work/exit-status" "$work/diagnostics.txt" "$actual/"
if [[ -d "$out" ]]; then
  for part in client server actions.manifest.json actionc.index.json; do
    [[ -e "$out/$part" ]] && cp -r "$out/$part" "$actual/"
  done
fi

if [[ -f "$case_dir/audit" ]]; then
  audit_args=()
  read -r -a audit_args < "$case_dir/audit" || true
  mkdir -p "$actual/audit"
  set +e
  (cd "$case_dir" && "$actionc" audit input "${audit_args[@]}") > "$actual/audit/stdout.txt" 2> "$actual/audit/stderr.txt"
  echo $? > "$actual/audit/exit-status"
  (cd "$case_dir" && "$actionc" audit input --json "${audit_args[@]}") > "$actual/audit/report.json" 2> /dev/null
  set -e
fi

expected="$case_dir/expected"
if [[ "$mode" == "--update" ]]; then
  rm -rf "$expected"
  cp -r "$actual" "$expected"
  echo "updated $expected"
  exit 0
fi

if [[ ! -d "$expected" ]]; then
  echo "no expected output in $expected; run with --update and review the diff" >&2
  exit 1
fi
if ! diff -r -u "$expected" "$actual"; then
  echo "golden mismatch for $case_dir (expected ← → actual above)" >&2
  exit 1
fi
echo "ok: $(basename "$case_dir")"
