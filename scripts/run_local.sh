#!/usr/bin/env bash
# The main command: install what is missing, then run the whole product locally (see scripts/run_local.py).
set -euo pipefail
cd "$(dirname "$0")/.."
TRAILMAP_SKIP_BROWSER=1 bash scripts/setup.sh
exec .venv/bin/python scripts/run_local.py "$@"
