#!/usr/bin/env bash
# Packs the npm packages of a build into tarballs, ready for `npm install ./x.tgz` or
# `npm publish x.tgz`:
#
#   @actionc/<triple>   the compiler binary for this platform (e.g. @actionc/linux-x64-gnu),
#                       with `os`/`cpu`/`libc` fields so npm installs only the fitting one
#                       (esbuild's and SWC's layout);
#   actionc             the runtime (actionc/server, actionc/client) with the Node addon for
#                       this platform in prebuilds/<triple>/, `npx actionc` (bin/actionc.js
#                       runs the platform package's binary), and the platform package as an
#                       optional dependency;
#   actionc-plugins     the Vite, Rollup and esbuild plugins, depending on actionc.
#
# Every package gets the compiler's version (CMake's project version). The binary and the
# addon must not need our build tree or libraries the user lacks: anything they link
# dynamically beyond the C library is an error here (libsodium and libtree-sitter are linked
# statically, see cmake/StaticDeps.cmake).
#
# Usage: tools/package.sh [--build-dir DIR] [--actionc FILE] [--addon FILE] [--out DIR]
#   defaults: build/, build/compiler/actionc, build/runtime/actionc_node.node, dist/npm/
# Prints the tarballs' paths, one a line.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=$root/build
actionc=""
addon=""
out=$root/dist/npm

die() { echo "package.sh: error: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --actionc) actionc=$2; shift 2 ;;
    --addon) addon=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
actionc=${actionc:-$build_dir/compiler/actionc}
addon=${addon:-$build_dir/runtime/actionc_node.node}
[[ -x $actionc ]] || die "no compiler at $actionc: build it first (cmake --build build)"
[[ -f $addon ]] || die "no Node addon at $addon: build it first (cmake --build build --target actionc_node)"
command -v npm > /dev/null || die "npm is not installed"

# Only the C library and the dynamic loader may be needed from the system.
check_portable() {
  local file=$1 needed
  needed=$(ldd "$file" | awk '{print $1}' | grep -Ev '^(linux-vdso\.so|linux-gate\.so|/lib6?4?/ld-linux|/lib/ld-linux|libc\.so|libm\.so|libpthread\.so|libdl\.so|librt\.so|ld-linux)' || true)
  [[ -z $needed ]] || die "$file links $(echo $needed | tr '\n' ' ')dynamically: it would not run without them"
}
check_portable "$actionc"
check_portable "$addon"

version=$("$actionc" --version | awk '{print $2}')
[[ -n $version ]] || die "$actionc --version printed no version"
# platform.cjs names the platform for npm's fields and for the runtime's lookups alike.
read -r triple os cpu libc < <(node -e '
  const p = require(process.argv[1]);
  const triple = p.platformTriple();
  const libc = triple.endsWith("-gnu") ? "glibc" : triple.endsWith("-musl") ? "musl" : "-";
  console.log(triple, process.platform, process.arch, libc);' "$root/runtime/js/platform.cjs")
platform_package=@actionc/$triple

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$out"

# Edits a staged package.json: node -e SCRIPT, with `pkg` the parsed file.
edit_manifest() {
  local dir=$1 script=$2
  VERSION=$version TRIPLE=$triple OS=$os CPU=$cpu LIBC=$libc PLATFORM_PACKAGE=$platform_package \
    node -e "
      const fs = require('node:fs');
      const file = process.argv[1] + '/package.json';
      const pkg = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
      const env = process.env;
      $script
      fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');" "$dir"
}

copy_stripped() {
  cp "$1" "$2"
  if command -v strip > /dev/null; then strip --strip-unneeded "$2"; fi
}

# @actionc/<triple>
mkdir -p "$stage/platform/bin"
copy_stripped "$actionc" "$stage/platform/bin/actionc"
chmod 755 "$stage/platform/bin/actionc"
edit_manifest "$stage/platform" '
  pkg.name = env.PLATFORM_PACKAGE;
  pkg.version = env.VERSION;
  pkg.description = `The actionc compiler binary for ${env.TRIPLE}; installed by the actionc package as an optional dependency.`;
  pkg.license = "MIT";
  pkg.os = [env.OS];
  pkg.cpu = [env.CPU];
  if (env.LIBC !== "-") pkg.libc = [env.LIBC];
  pkg.files = ["bin/actionc"];
  pkg.preferUnplugged = true;'
cat > "$stage/platform/README.md" <<EOF
# $platform_package

The \`actionc\` compiler binary for $triple. Install \`actionc\` (or \`actionc-plugins\`)
instead: npm picks this package by its \`os\`/\`cpu\`/\`libc\` fields, and \`npx actionc\` runs it.
EOF

# actionc
mkdir -p "$stage/actionc/bin" "$stage/actionc/prebuilds/$triple"
(cd "$root/runtime/js" && cp package.json README.md ./*.js ./*.cjs ./*.d.ts ./*.d.cts "$stage/actionc/" && cp bin/actionc.js "$stage/actionc/bin/")
copy_stripped "$addon" "$stage/actionc/prebuilds/$triple/actionc_node.node"
edit_manifest "$stage/actionc" '
  pkg.version = env.VERSION;
  pkg.optionalDependencies = { [env.PLATFORM_PACKAGE]: env.VERSION };'

# actionc-plugins
mkdir -p "$stage/plugins"
cp -r "$root/tools/plugins/src" "$root/tools/plugins/README.md" "$root/tools/plugins/package.json" "$stage/plugins/"
edit_manifest "$stage/plugins" '
  pkg.version = env.VERSION;
  pkg.dependencies = { actionc: env.VERSION };
  delete pkg.devDependencies;
  delete pkg.scripts;'

for dir in platform actionc plugins; do
  name=$(cd "$stage/$dir" && npm pack --pack-destination "$out" --json --loglevel=error | node -e '
    let s = ""; process.stdin.on("data", (c) => (s += c)).on("end", () => console.log(JSON.parse(s)[0].filename));')
  echo "$out/$name"
done
