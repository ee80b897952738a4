#!/usr/bin/env bash
# Issue 13's acceptance, as a user would meet actionc: pack the npm packages
# (tools/package.sh), install the tarballs with `npm install --offline` into a fresh
# project laid out as create-vite's react-ts template (tests/package/app), by the very
# commands of README.md's Quick start, then `npm run build` (`tsc -b` with the template's
# tsconfig files, a Vite client build, a Vite server build) and a Node server that answers
# a Server Action, all with an empty environment: no ACTIONC_* variable, a fresh HOME.
# The app's `tsc -b` type-checks types.check.ts / webpack.check.ts against the installed
# declarations; check_declarations.mjs then checks the declarations themselves.
#
# The registry is needed once per lockfile, for the app's devDependencies (vite,
# typescript, react, …; webpack, rollup and esbuild only for the types the plugins'
# declarations take from them), pinned by tests/package/app/package-lock.json: `npm install`
# warms a private npm cache in WORK_DIR; the install in the fresh project is offline.
#
# Usage: run_package_test.sh ACTIONC_BINARY NODE_ADDON WORK_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
actionc=$1
addon=$2
work_dir=$3
cache=$work_dir/npm-cache
fail() { echo "FAIL: $*" >&2; exit 1; }

tmp=$(mktemp -d)
server_pid=""
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2> /dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# 1. The tarballs. package.sh refuses binaries that link libraries the user may lack.
"$repo/tools/package.sh" --actionc "$actionc" --addon "$addon" --out "$tmp/dist/npm" > "$tmp/tarballs"
for name in actionc actionc-plugins actionc-linux-x64-gnu; do
  ls "$tmp/dist/npm/$name"-[0-9]*.tgz > /dev/null 2>&1 || fail "package.sh made no $name tarball: $(cat "$tmp/tarballs")"
done
tar tzf "$tmp/dist/npm"/actionc-[0-9]*.tgz > "$tmp/actionc.files"
for f in package/prebuilds/linux-x64-gnu/actionc_node.node package/server.d.ts package/client.d.ts package/bin/actionc.js; do
  grep -qx "$f" "$tmp/actionc.files" || fail "the actionc tarball has no $f"
done

# 2. The app's registry dependencies, into a private cache, once per lockfile.
stamp=$cache/.actionc-lock-sha256
want=$(sha256sum "$here/app/package-lock.json" | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "run_package_test.sh: npm install (warms $cache for the app's devDependencies)"
  rm -rf "$work_dir/warm"
  mkdir -p "$work_dir/warm" "$cache"
  cp "$here/app/package.json" "$here/app/package-lock.json" "$work_dir/warm/"
  # `npm install` with the lockfile, not `npm ci`: vite declares an optional dependency the
  # registry does not resolve, which `npm ci` counts as a lockfile out of sync.
  (cd "$work_dir/warm" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error --cache "$cache")
  rm -rf "$work_dir/warm"
  echo "$want" > "$stamp"
fi

# 3. A fresh project: the app's sources next to the packed tarballs, as a user's app
#    would sit next to a clone of actionc (the Quick start installs ../actionc/dist/npm/*.tgz).
mkdir -p "$tmp/my-app" "$tmp/home"
(cd "$here/app" && tar cf - --exclude=node_modules --exclude=dist --exclude=actionc.key .) | (cd "$tmp/my-app" && tar xf -)
ln -s "$tmp" "$tmp/actionc"
# npm's own settings for this project only: offline, from the warmed cache.
printf 'offline=true\ncache=%s\naudit=false\nfund=false\nupdate-notifier=false\n' "$cache" > "$tmp/my-app/.npmrc"

# The Quick start's shell lines, run as written in the app's directory.
awk '/^<!-- quick-start:begin -->/{on=1; next} /^<!-- quick-start:end -->/{on=0} on' "$repo/README.md" > "$tmp/quick-start.md"
awk '/^```sh$/{on=1; next} /^```$/{on=0} on' "$tmp/quick-start.md" | sed 's/[[:space:]]*#.*$//' | grep -v '^$' > "$tmp/quick-start.sh"
[[ -s $tmp/quick-start.sh ]] || fail "README.md has no quick-start shell block"
grep -q 'npm install' "$tmp/quick-start.sh" || fail "the Quick start installs nothing: $(cat "$tmp/quick-start.sh")"
# Its vite.config.ts is the app's.
awk '/^```ts$/{on=1; next} /^```$/{on=0} on' "$tmp/quick-start.md" | awk '/^\/\/ vite.config.ts$/{on=1; next} /^\/\/ /{on=0} on' > "$tmp/readme-vite.config.ts"
diff -u "$tmp/readme-vite.config.ts" "$here/app/vite.config.ts" || fail "README's vite.config.ts differs from tests/package/app's"

run() { (cd "$tmp/my-app" && env -i PATH="$PATH" HOME="$tmp/home" "$@"); }
run bash -euo pipefail "$tmp/quick-start.sh" > "$tmp/quick-start.log" 2>&1 || fail "the Quick start failed:
$(cat "$tmp/quick-start.log")"
app=$tmp/my-app
[[ -x $app/node_modules/@actionc/linux-x64-gnu/bin/actionc ]] || fail "the platform package was not installed"
# What was installed needs nothing of this machine beyond the C library (libsodium,
# libtree-sitter, libstdc++ are inside): the same on a machine without our build.
for binary in "$app/node_modules/@actionc/linux-x64-gnu/bin/actionc" "$app/node_modules/actionc/prebuilds/linux-x64-gnu/actionc_node.node"; do
  extra=$(ldd "$binary" | awk '{print $1}' | grep -Ev '^(linux-vdso\.so\.1|libc\.so\.6|libm\.so\.6|/lib6?4?/ld-linux.*)$' || true)
  [[ -z $extra ]] || fail "$binary links $extra dynamically"
done
[[ -f $app/actionc.key ]] || fail "the Quick start made no actionc.key"
grep -q "tsc -b" "$app/package.json" || fail "the app's build does not type-check"

# 4. The declarations as a library (the app's `tsc -b` skips library checks, so a mistake
#    in a .d.ts would be `any` there): every `types` file of both packages type-checks
#    strictly with skipLibCheck off, and every runtime export of every entry point is declared.
run node "$here/check_declarations.mjs" > "$tmp/declarations.log" 2>&1 || fail "check_declarations.mjs:
$(cat "$tmp/declarations.log")"
run npx --no-install tsc -p tsconfig.declarations.json >> "$tmp/declarations.log" 2>&1 || fail "the packages' declarations do not type-check:
$(cat "$tmp/declarations.log")"

# 5. What the build made: stubs only in the browser bundle, the action on the server.
grep -q "stripped.*src/actions.ts#unusedAction" "$tmp/quick-start.log" || fail "the build did not report the stripped action:
$(cat "$tmp/quick-start.log")"
client_js=$(cat "$app"/dist/assets/*.js)
grep -q 'Hello from the server' <<< "$client_js" && fail "the browser bundle holds the action's implementation"
server_js=$(cat "$app"/dist/server/main.js)
grep -q 'Hello from the server' <<< "$server_js" || fail "the server bundle lacks the action"
grep -q 'registerServerReference' <<< "$server_js" || fail "the server bundle registers no action"
manifest=$app/dist/server/actions.manifest.json
[[ -f $manifest ]] || fail "the server build emitted no actions.manifest.json"

# 6. The server: the page, one action through its ID, a forged ID refused.
run node "$here/check_server.mjs" "$manifest" || fail "the Node server did not answer as expected"

# 7. `npx actionc` is the packaged compiler, and it runs outside any build tree.
run npx --no-install actionc --version | grep -q '^actionc ' || fail "npx actionc --version"
echo "package: all checks passed"
