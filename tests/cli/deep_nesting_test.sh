#!/usr/bin/env bash
# Issue 16: no recursion proportional to input nesting anywhere in the compiler. Each shape
# below nests 100,000 levels deep in a module that also holds an inline action (so it is
# parsed, walked for scopes, facts and emit); `transform` and `build` must finish with
# their usual exit status, never a crash. Server functions nested inside server functions
# beyond the documented limit get a located diagnostic.
set -euo pipefail
actionc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ACTIONC_ENCRYPTION_KEY=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
n=100000
mkdir -p "$work/project/app"

python3 - "$work/project/app" "$n" <<'PY'
import sys
out, n = sys.argv[1], int(sys.argv[2])
action = "export async function act(id) {\n  'use server'\n  return id\n}\n"
shapes = {
    'functions.js': "function f() {" * n + "}" * n + "\n",
    'arrows.js': "const a = " + "() => " * n + "1\n",
    'parentheses.js': "const p = " + "(" * n + "1" + ")" * n + "\n",
    'blocks.js': "{" * n + "}" * n + "\n",
    'arrays.js': "const r = " + "[" * n + "]" * n + "\n",
    'objects.js': "const o = " + "{ a: " * n + "1" + " }" * n + "\n",
    'binary.js': "const b = " + "1 + " * n + "1\n",
    'ifs.js': "function g(c) {\n" + "if (c) " * n + "return 1\n}\n",
    'templates.js': "const t = " + "`${" * n + "1" + "}`" * n + "\n",
    'jsx.jsx': "const j = " + "<a>" * n + "</a>" * n + "\n",
    'namespaces.ts': "export namespace N {" + " namespace N {" * (n - 1) + " type T = 1 " + "}" * n + "\n",
    'captures.js': "export function Page(x) {\n" + "function f() {" * n +
                   "const act = async () => { 'use server'; return x }\n" + "}" * n + "\n  return 1\n}\n",
}
for name, body in shapes.items():
    with open(f"{out}/{name}", "w") as f:
        f.write(action + body)
with open(f"{out}/use.js", "w") as f:
    f.write("".join(f"import {{ act as a{i} }} from './{name.split('.')[0]}'\n" for i, name in enumerate(shapes)))
# Server functions inside server functions, past the limit.
with open(f"{out}/../../deep-actions.js", "w") as f:
    f.write("export function Page() {\n  return " + "async () => { 'use server'; return " * 100 + "1" + " }" * 100 + "\n}\n")
PY

failed=0
for file in "$work"/project/app/*; do
  [[ $(basename "$file") == use.js ]] && continue
  for layer in server client; do
    set +e
    "$actionc" transform "$file" --layer "$layer" --root "$work/project" > /dev/null 2> "$work/stderr"
    status=$?
    set -e
    if [[ $status -ne 0 ]]; then
      echo "FAIL: transform --layer $layer of $(basename "$file") exited $status"
      head -5 "$work/stderr"
      failed=1
    fi
  done
done

set +e
"$actionc" build "$work/project" --out "$work/out" --quiet 2> "$work/stderr"
status=$?
set -e
if [[ $status -ne 0 ]]; then
  echo "FAIL: build of every shape exited $status"
  head -5 "$work/stderr"
  failed=1
fi

set +e
"$actionc" transform "$work/deep-actions.js" --layer server --root "$work" > /dev/null 2> "$work/stderr"
status=$?
set -e
if [[ $status -ne 1 ]] || ! grep -q "deep-actions.js:2:.*\[inline-nesting-too-deep\]" "$work/stderr" ||
   [[ $(grep -c "\[inline-nesting-too-deep\]" "$work/stderr") -ne 1 ]]; then
  echo "FAIL: server functions nested 100 deep: exit $status, expected 1 with a located inline-nesting-too-deep"
  head -5 "$work/stderr"
  failed=1
fi

if [[ $failed -ne 0 ]]; then exit 1; fi
echo "ok: 12 shapes nested $n deep compile; server functions nested past the limit are reported"
