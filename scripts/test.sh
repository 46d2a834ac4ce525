#!/usr/bin/env bash
# One command: install what is missing, then run every check and test:
# formatting; clippy for the host (browser and prerender builds) and for
# wasm32 (client-only and hydrating builds); the native tests; the fuzzing
# run; the wasm tests in headless Chromium; the production build
# (scripts/build.sh) and the prerenderer run again for a sub-path, for
# another district's back end and for a messy one (scripts/prerender.sh);
# and the end-to-end suite against all of them.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# Incremental caches only help a second build of the same tree; in one run
# they doubled target/'s size (see Cargo.toml's [profile.dev]).
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
# The ports the end-to-end builds are prerendered for (their canonical
# URLs); the Playwright config serves them there.
port=${E2E_PORT:-4173}

step() { printf '\n\033[1;34m==> %s\033[0m (%d min)\n' "$*" $(((SECONDS - started) / 60)); }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy: host (client-only and prerender builds), wasm32 (client-only and hydrating)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --lib --bins --tests --no-default-features --features ssr -- -D warnings
cargo clippy --lib --bins --test web --target wasm32-unknown-unknown -- -D warnings
cargo clippy --lib --bins --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings

step "native tests (domain logic, API decoding, routes, data generator and contract)"
cargo test --workspace

step "native tests of the prerenderer (server rendering, page files, discovery files, cards)"
cargo test --lib --no-default-features --features ssr

step "fuzzing: decoding, sanitiser, query parser, folding (2000 cases each)"
PROPTEST_CASES=${PROPTEST_CASES:-2000} cargo test --test fuzz

step "wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test web

step "production build: the app's one bundle, prerendered from the embedded data (scripts/build.sh)"
bash scripts/build.sh --site-url "http://127.0.0.1:$port"
scripts/sizes.sh

step "prerendering again: under /ocop/, and from another district's back end (scripts/prerender.sh)"
rm -rf target/district-api dist-ocop dist-district
cargo run --quiet -p datagen -- --district target/district-api
cp -r dist dist-ocop
bash scripts/prerender.sh --api dist-ocop/api --dist dist-ocop --site-url "http://127.0.0.1:$((port + 10))" --base-path /ocop/
cp -r dist dist-district
rm -rf dist-district/api
bash scripts/prerender.sh --api target/district-api --dist dist-district --site-url "http://127.0.0.1:$((port + 11))"

step "prerendering from a messy back end: one page per broken record skipped, exit status 3 (partial)"
rm -rf target/messy-api dist-messy
node tests/e2e/messy-api.mjs --from public/api --out target/messy-api
cp -r dist dist-messy
rm -rf dist-messy/api
status=0
bash scripts/prerender.sh --api target/messy-api --dist dist-messy --site-url "http://127.0.0.1:$((port + 13))" \
  > target/messy-prerender.log 2>&1 || status=$?
cat target/messy-prerender.log
if [ "$status" != 3 ] || ! grep -q "^  /san-pham/khong-co-chi-tiet: " target/messy-prerender.log \
   || ! grep -q "^  /tin-tuc/trang/3: " target/messy-prerender.log; then
  echo "expected a partial prerender (exit 3) naming the product without a detail file and news page 3; got exit $status" >&2
  exit 1
fi

step "end-to-end tests in Chromium (projects: main, subpath, district, stale, messy)"
npx playwright test --config tests/e2e/playwright.config.mjs

step "all passed"
echo "target/ holds $(du -sh target | cut -f1); free on this disk: $(df -h --output=avail . | tail -1 | tr -d ' ')"
