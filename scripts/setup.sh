#!/usr/bin/env bash
# Install what Trailmap needs on a fresh machine: the Python environment in .venv, the Neo4j and
# Kafka jars (cached outside the repository), and Debian's Chromium for the browser tests.
# Safe to run again: every step skips work that is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${TRAILMAP_PYTHON:-python3.11}
if ! command -v "$PYTHON" >/dev/null; then
  echo "error: $PYTHON not found; install Python 3.11 or set TRAILMAP_PYTHON to its path" >&2
  exit 2
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e ".[dev]"
  touch "$stamp"
fi

if ! command -v mvn >/dev/null; then
  apt-get update -qq && apt-get install -y -qq maven >/dev/null
fi
.venv/bin/python scripts/stack.py fetch

if [ "${TRAILMAP_SKIP_BROWSER:-0}" != 1 ] && ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "note: chromium is missing and this is not root; browser tests will fail until 'apt-get install chromium'" >&2
  fi
fi
