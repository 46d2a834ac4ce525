#!/usr/bin/env bash
# The production build: installs what is missing, builds the app's one
# hydrating wasm bundle with trunk, assembles dist/, and prerenders every
# page from the embedded data into it.
#
#   bash scripts/build.sh [--public-url /ocop/] [--site-url https://portal.example.vn]
#
# The site URL (canonical links, share cards) also comes from OCOP_SITE_URL;
# without either, http://localhost is used, with a warning. Pages are
# prerendered from public/api (the embedded data); to render them from a
# live back end afterwards, run scripts/prerender.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
public_url=/
site_url=${OCOP_SITE_URL:-}
dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --public-url) public_url=$2; shift 2 ;;
    --site-url) site_url=$2; shift 2 ;;
    --dist) dist=$2; shift 2 ;;
    *) echo "usage: bash scripts/build.sh [--public-url /path/] [--site-url URL] [--dist DIR]" >&2; exit 2 ;;
  esac
done
if [ -z "$site_url" ]; then
  site_url=http://localhost
  echo "[build] OCOP_SITE_URL is not set: canonical and share links will say $site_url" >&2
fi

scripts/setup.sh build
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
say() { printf '\033[1;32m[build]\033[0m %s\n' "$*"; }

# Trunk builds into a folder of its own, with relative asset paths (each
# page's <base href> names the base path, so one build serves any: see the
# prerenderer's --base-path).
stage=target/app-build
rm -rf "$stage"
say "app bundle"
trunk build --release --offline --no-default-features --features hydrate \
  --public-url ./ --dist "$stage"

say "assembling $dist/"
next="$dist.build"
rm -rf "$next"
cp -r "$stage" "$next"
mkdir -p "$next/_shell"
mv "$next/index.html" "$next/_shell/app.html"

say "prerendering the embedded data"
cargo build --release --offline --no-default-features --features ssr --bin prerender
target/release/prerender --api "$next/api" --dist "$next" --site-url "$site_url" --base-path "$public_url"

rm -rf "$dist.old"
[ -d "$dist" ] && mv "$dist" "$dist.old"
mv "$next" "$dist"
rm -rf "$dist.old"
say "done: $dist/"
