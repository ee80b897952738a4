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

# An output directory that is the root, contains it, or is / is refused before anything is
# read or written (issue 12: `--out .` made the next build compile its own output).
git -C "$work/app" status > /dev/null 2>&1 && fail "the test app must not be in a git work tree"
for bad in "$work/app" "$work/app/." "$work" /; do
  set +e
  env -u ACTIONC_ENCRYPTION_KEY "$actionc" build "$work/app" --out "$bad" 2> "$work/refused"; status=$?
  set -e
  [[ $status == 1 ]] || fail "--out $bad: exit status $status"
  grep -q "error: refusing to use '$bad' as the output directory.*\[output-directory\]" "$work/refused" || fail "--out $bad: $(cat "$work/refused")"
  grep -q "generated one" "$work/refused" && fail "--out $bad: a refused build generated a key"
done
[[ -e "$work/app/client" || -e "$work/app/actions.manifest.json" || -e "$work/client" || -e "$work/app/actionc.key" ]] &&
  fail "a refused build wrote output"

# .gitignore'd files and build outputs are not compiled; an import of one is not "unresolved".
mkdir -p "$work/app/dist" "$work/app/generated"
echo "'use server'; export async function phantom() {}" > "$work/app/dist/actions.js"
echo "'use server'; export async function ignored() {}" > "$work/app/generated/actions.ts"
echo "generated/" > "$work/app/.gitignore"
echo "import './generated/actions'; import './dist/actions.js'; import s from './form.module.css';" > "$work/app/extra.ts"
sed -i '/export const bad/d' "$work/app/actions.ts"
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/app" --out "$work/gi" > "$work/gi.log" 2>&1 || fail "gitignore build: $(cat "$work/gi.log")"
grep -q "phantom\|ignored" "$work/gi/actions.manifest.json" && fail "an ignored or built file was compiled"
grep -q "unresolved" "$work/gi.log" && fail "imports of left-out files or assets warned: $(cat "$work/gi.log")"
[[ -e "$work/gi/client/generated" || -e "$work/gi/client/dist" ]] && fail "left-out files mirrored"

# --alias: malformed is a usage error; an alias from actionc.json or the flag resolves.
set +e
"$actionc" build "$work/app" --out "$work/al" --alias nonsense 2> "$work/al.err"; status=$?
set -e
[[ $status == 2 ]] && grep -q "FIND=REPLACEMENT" "$work/al.err" || fail "malformed --alias: $status $(cat "$work/al.err")"
echo "import { unused } from '~actions/actions'; export const U = unused;" > "$work/app/aliased.ts"
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/app" --out "$work/al" --alias '~actions=./' > "$work/al.log" 2>&1 || fail "alias build: $(cat "$work/al.log")"
grep -q '"aliased.ts"' "$work/al/actions.manifest.json" || fail "the alias did not resolve: $(cat "$work/al/actions.manifest.json")"
echo '{ "alias": { "~actions": "./" } }' > "$work/app/actionc.json"
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/app" --out "$work/al2" > "$work/al2.log" 2>&1 || fail "actionc.json alias build: $(cat "$work/al2.log")"
grep -q '"aliased.ts"' "$work/al2/actions.manifest.json" || fail "actionc.json's alias did not resolve"
rm "$work/app/actionc.json"
# Without it: kept alive by the unresolved import, one warning naming it.
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/app" --out "$work/al3" > "$work/al3.log" 2>&1 || fail "fail-safe build: $(cat "$work/al3.log")"
[[ $(grep -c "unresolved-import" "$work/al3.log") == 1 ]] || fail "not one warning: $(cat "$work/al3.log")"
grep -q "cannot resolve '~actions/actions'.*stay live: actions.ts#unused" "$work/al3.log" || fail "warning: $(cat "$work/al3.log")"
grep -q '"import": "~actions/actions"' "$work/al3/actions.manifest.json" || fail "manifest keptBy missing"
echo "cli: all checks passed"
