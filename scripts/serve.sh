#!/usr/bin/env bash
# One command: install what is missing, then serve the app on its embedded
# default data at http://127.0.0.1:8080 (deep links and reloads work).
# Extra arguments go to `trunk serve`, e.g. `--proxy-backend=…` (README).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh serve
export PATH="$HOME/.cargo/bin:$PATH"
# Into a folder of its own: the production build in dist/ stays as it is.
exec trunk serve --dist target/serve "$@"
