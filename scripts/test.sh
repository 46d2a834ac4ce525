#!/usr/bin/env bash
# One command: install what is missing, then run every check and test:
# formatting, clippy (host and wasm32), native tests, wasm tests in headless
# Chromium, the release build, and the end-to-end suite against it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy, host and wasm32"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --lib --bins --test web --target wasm32-unknown-unknown -- -D warnings

step "native tests (domain logic, API decoding, data generator and contract)"
cargo test --workspace

step "fuzzing: decoding, sanitiser, query parser, folding (2000 cases each)"
PROPTEST_CASES=${PROPTEST_CASES:-2000} cargo test --test fuzz

step "wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test web

step "release build (trunk + wasm-opt)"
trunk build --release --offline
scripts/sizes.sh

step "end-to-end tests in Chromium"
npx playwright test --config tests/e2e/playwright.config.mjs
