#!/usr/bin/env bash
# The performance benchmark: prints figures, asserts none (nothing fails on
# a number). Builds the release site (unless SKIP_BUILD=1 and --dist DIR),
# prerenders the catalogue again from the 10,000-product scale data set,
# writes the plain-HTML/JS reference pages (scripts/reference/), serves
# both compressed (scripts/bench-server.mjs), and measures, app beside
# reference:
#
#   1. first-load bytes per route (brotli -11) against the budgets  bench-bytes.mjs
#   2. Lighthouse 12, mobile and desktop, median of 3                 bench-lighthouse.mjs
#   3. the gallery, district data and scale set, CPU 1× and 4×        bench-gallery.mjs
#   4. the reader's journey: each move in place vs a cold load        bench-navigation.mjs
#   5. the forgiving search beside MiniSearch: quality on the default
#      data, engine time per keystroke on the scale set               bench-search.mjs
#   6. search as you type in the browser, scale set, CPU 1× and 4×:
#      key → suggestions and key → gallery drawn, beside MiniSearch
#      pages (scripts/reference/typing.js)                            bench-typing.mjs
#
# The figures also go to target/bench.json; the median Lighthouse reports
# to target/bench/lighthouse/.
#
#   bash scripts/bench.sh [--dist DIR]             build into DIR (default target/bench/dist)
#   SKIP_BUILD=1 bash scripts/bench.sh --dist DIR  measure a site built before
#
# Environment: RUNS (cold loads per gallery figure and journeys, 5), CHANGES (filter
# changes, 40), LH_RUNS (3), CPU_RATES (1,4); PRERENDER=path: the prerender
# binary matching the measured build (default: built from this tree, which
# matches a build made by this script); SCALE_CARDS=1 lets the scale
# prerender finish its 10,000 share cards (over an hour on 2 cores) instead
# of stopping it once every page is written.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    *) echo "usage: [SKIP_BUILD=1] bash scripts/bench.sh [--dist DIR]" >&2; exit 2 ;;
  esac
done
started=$(date +%s)
say() { printf '\033[1;32m[bench %ds]\033[0m %s\n' "$(( $(date +%s) - started ))" "$*" >&2; }

scripts/setup.sh test
# Lighthouse and the reference's QR encoder, pinned by package-lock.json.
if [ ! -d node_modules/lighthouse ] || [ ! -d node_modules/qrcode-generator ]; then
  say "installing the npm tools"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true

work=target/bench
mkdir -p "$work"
port=4180 scale_port=4181
if [ "${SKIP_BUILD:-}" = 1 ]; then
  [ -n "$dist" ] && [ -f "$dist/index.html" ] || { echo "SKIP_BUILD=1 needs --dist DIR, a built site" >&2; exit 2; }
else
  dist=${dist:-$work/dist}
  say "building the release site into $dist"
  bash scripts/build.sh --dist "$dist" --site-url "http://127.0.0.1:$port"
fi
dist=$(realpath "$dist")

say "scale data set (10,000 products)"
cargo run --release -q -p datagen -- --scale target/scale-api
scale_api=$(realpath target/scale-api)
prerender=${PRERENDER:-}
if [ -z "$prerender" ]; then
  cargo build --release --offline -q --no-default-features --features ssr --bin prerender
  prerender=target/release/prerender
fi

# The prerenderer writes <dist>.next and swaps it in at the end, after the
# share cards: half a second each, 10,000 of them. The pages, the sitemap
# and the feed are written before the first card (og/site.png), so unless
# SCALE_CARDS=1 it is stopped there and <dist>.next is the site measured
# (only the products' share-card PNGs are missing: no page loads them).
say "prerendering the catalogue from the scale set"
scale=$work/scale-dist
rm -rf "$scale" "$scale.next" "$scale.old"
cp -r "$dist" "$scale"
"$prerender" --api "$scale_api" --dist "$scale" --site-url "http://127.0.0.1:$scale_port" > "$work/prerender-scale.log" 2>&1 &
prerender_pid=$!
if [ "${SCALE_CARDS:-}" = 1 ]; then
  wait "$prerender_pid"
else
  while kill -0 "$prerender_pid" 2>/dev/null && [ ! -e "$scale.next/og/site.png" ]; do sleep 1; done
  if kill -0 "$prerender_pid" 2>/dev/null; then
    kill "$prerender_pid"; wait "$prerender_pid" 2>/dev/null || true
    rm -rf "$scale"; mv "$scale.next" "$scale"
  else
    wait "$prerender_pid" || { cat "$work/prerender-scale.log" >&2; exit 1; }
  fi
fi
scale=$(realpath "$scale")
say "scale site: $(find "$scale/san-pham" -name index.html | wc -l) product pages"

say "reference pages"
node scripts/reference/generate.mjs --api "$dist/api" --dist "$dist" --out "$work/reference" --site-url "http://127.0.0.1:$port"
node scripts/reference/generate.mjs --api "$scale_api" --dist "$scale" --out "$work/reference-scale" --site-url "http://127.0.0.1:$scale_port"

node scripts/bench-server.mjs --port "$port" --dist "$dist" --mount "/_ref=$work/reference" > "$work/server.log" 2>&1 &
server=$!
node scripts/bench-server.mjs --port "$scale_port" --dist "$scale" --api "$scale_api" --mount "/_ref=$work/reference-scale" > "$work/server-scale.log" 2>&1 &
scale_server=$!
trap 'kill $server $scale_server 2>/dev/null' EXIT
for p in "$port" "$scale_port"; do
  for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$p/" && break; sleep 0.2; done
done

json=target/bench.json
rm -f "$json"
say "first-load bytes"
node scripts/bench-bytes.mjs --base "http://127.0.0.1:$port" --dist "$dist" --api "$dist/api" --ref "$work/reference" --json "$json"
say "Lighthouse"
node scripts/bench-lighthouse.mjs --base "http://127.0.0.1:$port" --json "$json" --details "$work/lighthouse"
say "gallery, district data"
node scripts/bench-gallery.mjs --base "http://127.0.0.1:$port" --label "district data" --json "$json" --key gallery
say "gallery, scale set"
node scripts/bench-gallery.mjs --base "http://127.0.0.1:$scale_port" --label "scale set: 10,000 products, prerendered" --json "$json" --key gallery_scale

say "navigation: the journey in place, beside cold loads"
node scripts/bench-navigation.mjs --base "http://127.0.0.1:$port" --json "$json"

say "search: the forgiving matcher beside MiniSearch (same queries, same keystrokes)"
SEARCH_QUERIES=target/search-queries.json SEARCH_KEYSTROKES=target/search-keystrokes.json SCALE_API="$scale_api" \
  cargo test --release -q --test search_quality -- --include-ignored --nocapture 2>&1 | grep -E '%\)|text_search:'
node --expose-gc scripts/bench-search.mjs --queries target/search-queries.json \
  --keystrokes target/search-keystrokes.json --scale "$scale_api"

say "search as you type in the browser, beside MiniSearch pages"
node scripts/bench-typing.mjs --base "http://127.0.0.1:$scale_port" --keystrokes target/search-keystrokes.json --json "$json"

node --input-type=module -e "
import { saveJson } from './scripts/bench-lib.mjs';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
saveJson('$json', 'run', {
  date: new Date().toISOString(), dist: '$dist', scale_dist: '$scale', cpus: cpus().length,
  chromium: execFileSync('$(command -v chromium || echo /usr/bin/chromium)', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(),
  git: execFileSync('git', ['describe', '--always', '--dirty']).toString().trim(),
  wall_seconds: $(( $(date +%s) - started )),
});"
say "done: figures in $json, Lighthouse reports in $work/lighthouse/"
