#!/usr/bin/env bash
# The CLI as a user drives it: exit statuses, keys, transform, inspect, atomic
# no-output-on-error, and byte-identical builds across --jobs.
set -euo pipefail
actionc=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/app"
cat > "$work/app/actions.ts" <<'TS'
'use server';
import { db } from './db';
export async function save(title: string) { return db.put(title); }
export async function unused() {}
TS
echo "export const db = { put: async (x: string) => x };" > "$work/app/db.ts"
echo "import { save } from './actions'; export const F = save;" > "$work/app/form.tsx"

# No key anywhere: one is generated (0600) with a warning, and reused next time.
(cd "$work" && env -u ACTIONC_ENCRYPTION_KEY "$actionc" build app --out out) > "$work/log" 2>&1 || fail "build failed: $(cat "$work/log")"
grep -q "generated one into out/actionc.key" "$work/log" || fail "no key warning"
[[ $(stat -c %a "$work/out/actionc.key") == 600 ]] || fail "key file mode is not 0600"
grep -q "stripped (no importer): actions.ts#unused" "$work/log" || fail "summary does not list the stripped action"
cp "$work/out/actions.manifest.json" "$work/first.json"
(cd "$work" && env -u ACTIONC_ENCRYPTION_KEY "$actionc" build app --out out) > "$work/log" 2>&1
grep -q "generated" "$work/log" && fail "key generated twice"
cmp -s "$work/first.json" "$work/out/actions.manifest.json" || fail "rebuild with the saved key changed the manifest"

# Same key, any --jobs: identical bytes.
key=$("$actionc" keygen)
ACTIONC_ENCRYPTION_KEY=$key "$actionc" --jobs 1 build "$work/app" --out "$work/j1" --quiet
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/app" --out "$work/j4" --jobs 4 --quiet
# .actionc-state records inodes and times (build_state.h): the one file that differs.
diff -r -x .actionc-state "$work/j1" "$work/j4" > /dev/null || fail "output differs between --jobs 1 and --jobs 4"

# A rebuild with nothing changed is answered from the build state, and says so. Sources
# written a moment ago are racy (build_state.h), hence the backdating first.
find "$work/app" -exec touch -d '1 minute ago' {} +
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/app" --out "$work/j1" > "$work/rebuild1"
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/app" --out "$work/j1" > "$work/rebuild2"
grep -q "up to date" "$work/rebuild1" && fail "a build after touching every source was skipped"
grep -q "(up to date, " "$work/rebuild2" || fail "no-change rebuild not skipped: $(cat "$work/rebuild2")"
diff -r -x .actionc-state "$work/j1" "$work/j4" > /dev/null || fail "output changed by a no-change rebuild"

# inspect decodes an ID of the manifest with the same key, and rejects a changed one.
id=$(grep -o '"id": "[^"]*"' "$work/j1/actions.manifest.json" | head -1 | cut -d'"' -f4)
ACTIONC_ENCRYPTION_KEY=$key "$actionc" inspect -- "$id" | grep -q "name:   save" || fail "inspect did not decode"
bad="${id:0:10}$([[ ${id:10:1} == A ]] && echo B || echo A)${id:11}"
if ACTIONC_ENCRYPTION_KEY=$key "$actionc" inspect -- "$bad" 2> "$work/err"; then fail "tampered ID accepted"; fi
grep -q "forged" "$work/err" || fail "tampered ID not reported as forged: $(cat "$work/err")"

# transform prints one layer; the client layer has no trace of the implementation.
ACTIONC_ENCRYPTION_KEY=$key "$actionc" transform "$work/app/actions.ts" --root "$work/app" --layer client > "$work/client.ts"
grep -q 'createServerReference' "$work/client.ts" || fail "transform client has no stub"
grep -q 'db' "$work/client.ts" && fail "transform client leaks the implementation"
ACTIONC_ENCRYPTION_KEY=$key "$actionc" transform "$work/app/actions.ts" --root "$work/app" --layer server | grep -q "registerServerReference(save, \"$id\"" || fail "transform server IDs differ from the build's"

# An error: exit 1, a clang-style diagnostic, and nothing written.
echo "export const bad = 1;" >> "$work/app/actions.ts"
set +e
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/app" --out "$work/err-out" 2> "$work/err"
status=$?
set -e
[[ $status == 1 ]] || fail "exit status $status on error"
grep -q "actions.ts:5:14: error: only async functions may be exported from a 'use server' file, but 'bad' is a number \[export-not-function\]" "$work/err" || fail "diagnostic: $(cat "$work/err")"
[[ -e "$work/err-out" ]] && fail "output written despite errors"

# Usage errors exit 2.
set +e
"$actionc" build /nonexistent --out "$work/x" 2> /dev/null; status=$?
set -e
[[ $status != 0 ]] || fail "missing root accepted"
echo "cli: all checks passed"
