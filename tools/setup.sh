#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine, safe to run again and again:
#   tools/setup.sh            install what is missing, build (Release) into build/
#   tools/setup.sh --example  … then compile examples/blog and print the summary
#   tools/setup.sh --test     … then run every test (ctest), ending with its summary
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${ACTIONC_BUILD_DIR:-$root/build}
mode=${1:-}

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi
}

# Debian packages the build and the tests need (DEVELOPERS.md lists the chosen ones).
apt_packages=(
  cmake ninja-build g++ pkg-config git
  libtree-sitter-dev libsodium-dev libcli11-dev doctest-dev
  llvm-14-dev libclang-14-dev nlohmann-json3-dev
  clang-14 libclang-rt-14-dev
  chromium
)

install_apt_packages() {
  local missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # Node.js (with its headers, for the runtime's Node-API addon) and npm.
  if ! command -v node > /dev/null || [[ ! -f /usr/include/node/node_api.h ]]; then
    command -v node > /dev/null || missing+=(nodejs)
    [[ -f /usr/include/node/node_api.h ]] || missing+=(libnode-dev)
  fi
  command -v npm > /dev/null || missing+=(npm)
  if [[ ${#missing[@]} -gt 0 ]]; then
    log "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

install_grammar() {
  # The pinned tree-sitter-typescript grammar; --ignore-scripts: npm compiles nothing.
  local stamp="$root/grammar/node_modules/.package-lock.json"
  if [[ ! -f "$stamp" || "$root/grammar/package-lock.json" -nt "$stamp" ]]; then
    log "Installing the pinned tree-sitter-typescript grammar (npm ci --ignore-scripts)"
    (cd "$root/grammar" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
}

build() {
  log "Building actionc (Release) in ${build_dir#"$root"/}"
  if [[ ! -f "$build_dir/build.ninja" ]]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
  fi
  cmake --build "$build_dir" -- -j"$(nproc)"
}

run_example() {
  log "actionc build examples/blog --out examples/blog/out"
  "$build_dir/compiler/actionc" build "$root/examples/blog" --out "$root/examples/blog/out"
}

run_tests() {
  log "Running all tests"
  cd "$build_dir"
  ctest --output-on-failure -j"$(nproc)"
}

install_apt_packages
install_grammar
build
case "$mode" in
  "") ;;
  --example) run_example ;;
  --test) run_tests ;;
  *) echo "usage: tools/setup.sh [--example|--test]" >&2; exit 2 ;;
esac
