#!/usr/bin/env bash
# Renders the pages of a built portal again, from any back end that follows
# docs/api.md: run it after publishing, so the static pages, share cards,
# sitemap and RSS feed show what the back end serves now.
#
#   bash scripts/prerender.sh --api <https://… base URL | folder> --dist <dist folder>
#                             [--site-url URL] [--base-path /ocop]
#
# The site URL (canonical links, share cards) also comes from OCOP_SITE_URL.
# It prints what it wrote; if the API fails it says so, exits non-zero and
# leaves the dist folder as it was (the new pages are written aside, then
# swapped in).
set -euo pipefail
cd "$(dirname "$0")/.."
api= dist= site_url=${OCOP_SITE_URL:-} base=()
while [ $# -gt 0 ]; do
  case "$1" in
    --api) api=$2; shift 2 ;;
    --dist) dist=$2; shift 2 ;;
    --site-url) site_url=$2; shift 2 ;;
    --base-path) base=(--base-path "$2"); shift 2 ;;
    *) echo "prerender.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$api" ] || [ -z "$dist" ]; then
  echo "usage: bash scripts/prerender.sh --api <URL or folder> --dist <dist folder> [--site-url URL] [--base-path /ocop]" >&2
  exit 2
fi
if [ -z "$site_url" ]; then
  site_url=http://localhost
  echo "[prerender] OCOP_SITE_URL is not set: canonical and share links will say $site_url" >&2
fi
scripts/setup.sh build >/dev/null
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release --offline --quiet --no-default-features --features ssr --bin prerender
exec target/release/prerender --api "$api" --dist "$dist" --site-url "$site_url" "${base[@]}"
