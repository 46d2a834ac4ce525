#!/usr/bin/env bash
# Prints the release bundle's sizes (raw and gzip -9), as recorded in the README.
set -euo pipefail
cd "$(dirname "$0")/.."
printf '%-28s %10s %10s\n' file raw gzip
for f in dist/*.wasm dist/*.js dist/*.css; do
  [ -e "$f" ] || continue
  printf '%-28s %10d %10d\n' "$(basename "$f" | sed -E 's/-[0-9a-f]{12,16}//')" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
done
