#!/usr/bin/env bash
# Installs what building, serving and testing the portal need, from package
# registries only, skipping whatever is already there. Safe to run again.
#
#   scripts/setup.sh serve   the toolchain for `trunk serve`
#   scripts/setup.sh build   that, plus wasm-opt (npm binaryen) and the fonts
#                            the share cards are drawn with
#   scripts/setup.sh test    that, plus Chromium, the e2e tools and zbar
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-test}
TRUNK_VERSION=0.21.14

say() { printf '\033[1;32m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_packages=()
need_apt() { command -v "$1" >/dev/null 2>&1 || apt_packages+=("$2"); }
need_file() { [ -e "$1" ] || apt_packages+=("$2"); }
if [ "$mode" = build ] || [ "$mode" = test ]; then
  need_apt node nodejs
  need_apt npm npm
  need_file /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core
fi
if [ "$mode" = test ]; then
  need_apt chromium chromium
  need_apt chromedriver chromium-driver
  need_apt zbarimg zbar-tools
  need_apt pdftoppm poppler-utils
  need_apt brotli brotli
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  say "installing Debian packages: ${apt_packages[*]}"
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${apt_packages[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

export PATH="$HOME/.cargo/bin:$PATH"
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 14 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION" || cargo install "trunk@$TRUNK_VERSION"
fi

# Trunk refuses a wasm-bindgen CLI whose version differs from Cargo.lock's.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen_version\$"; then
  say "installing wasm-bindgen-cli $bindgen_version (about 5 minutes)"
  cargo install --locked "wasm-bindgen-cli@$bindgen_version" || cargo install "wasm-bindgen-cli@$bindgen_version"
fi

if [ "$mode" = build ] || [ "$mode" = test ]; then
  # wasm-opt (npm binaryen), Playwright and axe-core, pinned by package-lock.json.
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing the npm tools (binaryen, Playwright, axe-core)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
fi
say "ready ($mode)"
