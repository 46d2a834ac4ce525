#!/usr/bin/env bash
# Prints the production build's file sizes (raw, gzip -9, brotli -11), one
# line per wasm bundle (named by the bundle it is) and per JS and CSS file.
# The first-load bytes of each route are `scripts/bench.sh`'s first table.
#
#   bash scripts/sizes.sh [dist]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
br() { if command -v brotli >/dev/null; then brotli -q 11 -c "$1" | wc -c; else echo -; fi; }
printf '%-32s %10s %10s %10s\n' file raw gzip brotli
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  [ -e "$f" ] || continue
  name=$(basename "$f" | sed -E 's/-[0-9a-f]{12,16}//')
  case "$f" in
    *ocop-portal*)
      for shell in "$dist"/_shell/*.html; do
        if grep -q "$(basename "$f")" "$shell" 2>/dev/null; then name="$name ($(basename "$shell" .html))"; fi
      done ;;
  esac
  printf '%-32s %10d %10d %10s\n' "$name" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)" "$(br "$f")"
done
