#!/usr/bin/env bash
# The gallery benchmark: builds the release app and the 10,000-product scale
# data, serves both, and prints the figures recorded in the README.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
[ "${SKIP_BUILD:-}" = 1 ] || trunk build --release --offline --dist dist-bench
cargo run --release -q -p datagen -- --scale target/scale-api
node tests/e2e/server.mjs --port 4180 --dist dist-bench --api target/scale-api > /dev/null &
server=$!
trap 'kill $server' EXIT
sleep 1
node scripts/bench-gallery.mjs http://127.0.0.1:4180
