#!/usr/bin/env bash
# Run Trailmap's tests against real Neo4j and Kafka.
#
#   scripts/test.sh [pytest arguments]
#
# Uses NEO4J_URI / KAFKA_BOOTSTRAP when set. Otherwise it starts a private local stack on its own
# ports under .stack/test, loads the real catalog from TRAILMAP_DATA_DIR, runs pytest and stops the
# stack again. Exits non-zero when pytest collected no test (pytest exit code 5).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
PY=.venv/bin/python

export TRAILMAP_DATA_DIR=${TRAILMAP_DATA_DIR:-$(cd .. && pwd)/shared/data}

started_stack=0
cleanup() {
  if [ "$started_stack" = 1 ]; then
    $PY scripts/stack.py stop || true
  fi
}
trap cleanup EXIT

if [ -z "${NEO4J_URI:-}" ] || [ -z "${KAFKA_BOOTSTRAP:-}" ]; then
  export TRAILMAP_STACK_DIR=${TRAILMAP_STACK_DIR:-$PWD/.stack/test}
  export NEO4J_BOLT_PORT=${NEO4J_BOLT_PORT:-17687}
  export KAFKA_PORT=${KAFKA_PORT:-19092}
  export KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-19094}
  started_stack=1
  $PY scripts/stack.py start
  export NEO4J_URI=bolt://127.0.0.1:$NEO4J_BOLT_PORT
  export KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT
fi

$PY -m services.common.schema
$PY -m services.common.topics
if [ -f services/catalog/loader/cli.py ]; then
  $PY -m services.catalog.loader.cli --data-dir "$TRAILMAP_DATA_DIR" --quiet-if-current
fi

status=0
$PY -m pytest "$@" || status=$?
if [ "$status" = 5 ]; then
  echo "error: pytest collected no tests; a test run must execute tests" >&2
  exit 1
fi
exit "$status"
