#!/usr/bin/env bash
# Sets up a fresh machine and starts the app (client, API and relay) on PORT (default 8787),
# with data under DATA_DIR (default ./data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec pnpm start
