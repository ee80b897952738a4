#!/usr/bin/env bash
# The CLI as a user drives it: exit statuses, keys, transform, inspect, atomic
# no-output-on-error, and byte-identical builds across --jobs.
set -euo pipefail
# Plain output whatever the caller's environment asks for (docs/cli.md, Colour).
unset FORCE_COLOR NO_COLOR
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
grep -qE "db\.put|'\./db'" "$work/client.ts" && fail "transform client leaks the implementation"
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

# Exit statuses (docs/cli.md): 2 for usage errors, 3 for operational ones.
status_of() { set +e; "$@" > "$work/stdout.txt" 2> "$work/err"; local s=$?; set -e; echo "$s"; }
[[ $(status_of "$actionc" build /nonexistent --out "$work/x") == 2 ]] || fail "missing root: not a usage error"
[[ $(status_of "$actionc" --jobs -1 build "$work/app" --out "$work/x") == 2 ]] || fail "--jobs -1 accepted"
[[ $(status_of "$actionc" --jobs 2000 build "$work/app" --out "$work/x") == 2 ]] || fail "--jobs 2000 accepted"
[[ $(status_of "$actionc" transform "$work/app/actions.ts" --layer edge) == 2 ]] || fail "--layer edge accepted"

# "Did you mean" for commands and options; the help names the command.
[[ $(status_of "$actionc" bulid app) == 2 ]] || fail "a mistyped command is not a usage error"
grep -q "actionc: error: unknown command 'bulid'; did you mean 'build'?" "$work/err" || fail "no suggestion: $(cat "$work/err")"
grep -q "Run 'actionc --help' for usage." "$work/err" || fail "no pointer to --help: $(cat "$work/err")"
[[ $(status_of "$actionc" build "$work/app" --out "$work/x" --keep-unsued) == 2 ]] || fail "a mistyped option is not a usage error"
grep -q "unknown option '--keep-unsued' for 'build'; did you mean '--keep-unused'?" "$work/err" || fail "no option suggestion: $(cat "$work/err")"
grep -q "Run 'actionc build --help' for usage." "$work/err" || fail "no pointer to build --help: $(cat "$work/err")"

# --jobs 0 is one per core (the default), with the same bytes.
cp -r "$work/app" "$work/cfg"
sed -i '$d' "$work/cfg/actions.ts"  # without the bad export appended above
ACTIONC_ENCRYPTION_KEY=$key "$actionc" --jobs 0 build "$work/cfg" --out "$work/j0" --quiet || fail "--jobs 0 failed"
ACTIONC_ENCRYPTION_KEY=$key "$actionc" --jobs 1 build "$work/cfg" --out "$work/j1b" --quiet
diff -r -x .actionc-state "$work/j0" "$work/j1b" > /dev/null || fail "--jobs 0 output differs from --jobs 1"

# Errors in actionc.json: a diagnostic at the place, status 3, no library text.
printf '{\n  "out": "dist",\n  "jobs": 2,\n}\n' > "$work/cfg/actionc.json"
[[ $(status_of env ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/cfg") == 3 ]] || fail "a malformed actionc.json: not status 3"
grep -q "cfg/actionc.json:3:12: error: invalid JSON: a trailing comma is not allowed \[config\]" "$work/err" || fail "config syntax: $(cat "$work/err")"
grep -q "json.exception" "$work/err" && fail "library text in: $(cat "$work/err")"
printf '{ "out": "dist", "jobs": "four", "includ": [] }\n' > "$work/cfg/actionc.json"
status_of env ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/cfg" > /dev/null
grep -q "actionc.json:1:34: error: unknown option \"includ\"; did you mean \"include\"? \[config\]" "$work/err" || fail "unknown key: $(cat "$work/err")"
printf '{ "out": "dist", "jobs": "four" }\n' > "$work/cfg/actionc.json"
status_of env ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/cfg" > /dev/null
grep -q "actionc.json:1:18: error: \"jobs\" must be a number of threads from 0 (one per core) to 1024, not a string \[config\]" "$work/err" || fail "wrong type: $(cat "$work/err")"
rm "$work/cfg/actionc.json"

# A file where the output directory should go: the path and what is wrong, status 3.
touch "$work/plain-file"
[[ $(status_of env ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/cfg" --out "$work/plain-file/out") == 3 ]] || fail "unwritable output: not status 3"
grep -q "actionc: error: .*plain-file.*: not a directory" "$work/err" || fail "unwritable output: $(cat "$work/err")"
grep -q "filesystem error" "$work/err" && fail "library text in: $(cat "$work/err")"

# The stripped list: a count and the first five; --verbose lists all.
for i in 1 2 3 4 5 6 7; do echo "export async function extra$i() {}" >> "$work/cfg/actions.ts"; done
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/cfg" --out "$work/many" > "$work/summary"
grep -q " 8 stripped -> " "$work/summary" || fail "summary count: $(cat "$work/summary")"
[[ $(grep -c "stripped (no importer)" "$work/summary") == 5 ]] || fail "not the first five: $(cat "$work/summary")"
grep -q "\.\.\. and 3 more stripped (--verbose lists them all" "$work/summary" || fail "no 'and 3 more': $(cat "$work/summary")"
ACTIONC_ENCRYPTION_KEY=$key "$actionc" --verbose build "$work/cfg" --out "$work/many" --no-cache > "$work/summary"
[[ $(grep -c "stripped (no importer)" "$work/summary") == 8 ]] || fail "--verbose does not list all: $(cat "$work/summary")"

# Colour: never when redirected, unless asked; NO_COLOR and FORCE_COLOR; a terminal gets it.
esc=$'\x1b['
build_bad() { env -u FORCE_COLOR -u NO_COLOR ACTIONC_ENCRYPTION_KEY=$key "$@" build "$work/app" --out "$work/err-out" 2>&1 || true; }
build_bad "$actionc" | grep -qF "$esc" && fail "colour in a redirected stream"
build_bad "$actionc" --color=always | grep -qF "${esc}1;31merror:" || fail "--color=always: no red error"
build_bad env FORCE_COLOR=1 "$actionc" | grep -qF "$esc" || fail "FORCE_COLOR=1: no colour"
build_bad env FORCE_COLOR=1 "$actionc" --color=never | grep -qF "$esc" && fail "--color=never coloured"
if command -v script > /dev/null; then
  script -qec "env -u NO_COLOR -u FORCE_COLOR TERM=xterm ACTIONC_ENCRYPTION_KEY=$key '$actionc' build '$work/app' --out '$work/err-out'" /dev/null > "$work/tty" || true
  grep -qF "$esc" "$work/tty" || fail "no colour on a terminal: $(cat -v "$work/tty")"
  script -qec "env -u FORCE_COLOR NO_COLOR=1 TERM=xterm ACTIONC_ENCRYPTION_KEY=$key '$actionc' build '$work/app' --out '$work/err-out'" /dev/null > "$work/tty" || true
  grep -qF "$esc" "$work/tty" && fail "NO_COLOR ignored on a terminal"
  grep -q "error:" "$work/tty" || fail "no diagnostic on the terminal: $(cat -v "$work/tty")"
fi

# keygen --out: a bare file name, never an overwrite without --force.
(cd "$work" && "$actionc" keygen --out my.key) 2> "$work/err" || fail "keygen --out my.key: $(cat "$work/err")"
[[ $(stat -c %a "$work/my.key") == 600 ]] || fail "keygen file mode"
cp "$work/my.key" "$work/my.key.before"
[[ $(cd "$work" && status_of "$actionc" keygen --out my.key) == 2 ]] || fail "keygen overwrote without --force"
grep -q "my.key exists: pass --force" "$work/err" || fail "keygen refusal: $(cat "$work/err")"
cmp -s "$work/my.key" "$work/my.key.before" || fail "the refused keygen changed the key"
(cd "$work" && "$actionc" keygen --out my.key --force) 2> /dev/null || fail "keygen --force failed"
cmp -s "$work/my.key" "$work/my.key.before" && fail "keygen --force kept the old key"

# inspect --json.
ACTIONC_ENCRYPTION_KEY=$key "$actionc" inspect --json -- "$id" > "$work/inspect.json"
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (!(r.valid === true && r.export === "save" && r.module === "actions.ts" && r.keyId)) process.exit(1);' "$work/inspect.json" ||
  fail "inspect --json: $(cat "$work/inspect.json")"
[[ $(status_of env ACTIONC_ENCRYPTION_KEY=$key "$actionc" inspect --json -- "$bad") == 1 ]] || fail "inspect --json of a forged ID: not status 1"
grep -q '"reason": "forged"' "$work/stdout.txt" || fail "inspect --json forged: $(cat "$work/stdout.txt")"

# Globs: braces, classes and negation; a pattern that matches nothing is a warning.
mkdir -p "$work/globs/app/legacy" "$work/globs/lib"
for f in app/a.ts app/legacy/old.ts app/legacy/keep.ts lib/b.ts lib/c.js; do echo "export const x = 1;" > "$work/globs/$f"; done
ACTIONC_ENCRYPTION_KEY=$key "$actionc" build "$work/globs" --out "$work/globs-out" --mirror --include '{app,lib}/**/*.[jt]s' \
  --include '!app/legacy/**' --include 'app/legacy/keep.ts' --include 'src/**' --exclude '*.js' --exclude 'lib/*.js' > /dev/null 2> "$work/err"
(cd "$work/globs-out/server" && find . -type f | sort) > "$work/globs.files"
printf './app/a.ts\n./app/legacy/keep.ts\n./lib/b.ts\n' | diff - "$work/globs.files" || fail "globs selected the wrong files"
grep -q "warning: include pattern 'src/\*\*' matches no file \[unmatched-glob\]" "$work/err" || fail "no unmatched include warning: $(cat "$work/err")"
grep -q "warning: exclude pattern '\*.js' matches no file \[unmatched-glob\]" "$work/err" || fail "no unmatched exclude warning: $(cat "$work/err")"
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
