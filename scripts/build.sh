#!/usr/bin/env bash
# The production build: installs what is missing, builds the wasm bundles
# with trunk (home, article, gallery, product, label: see routes::Bundle),
# assembles dist/, and prerenders every page from the embedded data into it.
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

# Each bundle carries only its pages; trunk builds it into a folder of its
# own, with relative asset paths (each page's <base href> names the base
# path, so one build serves any: see the prerenderer's --base-path).
stage=target/bundles
rm -rf "$stage"
for bundle in home article gallery product label; do
  say "bundle $bundle"
  trunk build --release --offline --no-default-features --features "hydrate,bundle-$bundle" \
    --public-url ./ --dist "$stage/$bundle"
done

say "assembling $dist/"
next="$dist.build"
rm -rf "$next"
cp -r "$stage/home" "$next"
mkdir -p "$next/_shell"
for bundle in home article gallery product label; do
  cp "$stage/$bundle/index.html" "$next/_shell/$bundle.html"
  cp "$stage/$bundle"/ocop-portal-*.js "$stage/$bundle"/ocop-portal-*_bg.wasm "$next/"
done
rm -f "$next/index.html"

say "prerendering the embedded data"
cargo build --release --offline --no-default-features --features ssr --bin prerender
target/release/prerender --api "$next/api" --dist "$next" --site-url "$site_url" --base-path "$public_url"

rm -rf "$dist.old"
[ -d "$dist" ] && mv "$dist" "$dist.old"
mv "$next" "$dist"
rm -rf "$dist.old"
say "done: $dist/"
