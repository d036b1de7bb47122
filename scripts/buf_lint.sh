#!/usr/bin/env bash
# Lint protos/ with buf (STANDARD rules, see protos/buf.yaml). buf comes from npm (@bufbuild/buf),
# installed once into ~/.cache/trailmap/buf.
set -euo pipefail
cd "$(dirname "$0")/.."

BUF_VERSION=1.75.0
prefix=${TRAILMAP_TOOL_CACHE:-$HOME/.cache/trailmap}/buf
buf=$prefix/node_modules/.bin/buf
if [ ! -x "$buf" ] || ! "$buf" --version 2>/dev/null | grep -qx "$BUF_VERSION"; then
  if ! command -v npm >/dev/null; then
    echo "error: npm is not on PATH; install Node.js and npm so buf can be installed" >&2
    exit 2
  fi
  mkdir -p "$prefix"
  npm install --silent --no-audit --no-fund --prefix "$prefix" "@bufbuild/buf@$BUF_VERSION"
fi

(cd protos && "$buf" lint)
echo "buf lint: protos/ clean"
