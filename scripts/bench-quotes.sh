#!/usr/bin/env bash
# Throughput of the quotes analyzer on one core, release build, without the entities layer.
# usage: scripts/bench-quotes.sh [FILE]   (FILE is repeated to 20 MB; default: a built-in sample)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${1:-}" ]; then export LOUPE_BENCH_FILE="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; fi
LOUPE_BENCH=1 swift test -c release --filter QuotesBenchmark 2>&1 | grep -E "^quotes:|error|failed" || true
