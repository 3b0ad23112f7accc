#!/usr/bin/env bash
# Benchmarks on a release build (never in unit tests):
#   - throughput on one core of the tokenizer + sentence splitter and of each analyzer (MB/s),
#   - `loupe analyze --analyzers stats` on one article as a whole process (cold start).
#   scripts/bench.sh [ARTICLE] [ANALYZERS]
# Default article: ../shared/data/articles/putin-nordkorea-de.txt if present, else examples/bundestag-de.txt.
set -euo pipefail
source "$(dirname "$0")/common.sh"
ARTICLE="${1:-}"
if [ -z "$ARTICLE" ]; then
    if [ -f ../shared/data/articles/putin-nordkorea-de.txt ]; then ARTICLE=../shared/data/articles/putin-nordkorea-de.txt
    else ARTICLE=examples/bundestag-de.txt; fi
fi
ensure_swift
ensure_readline
swift build -c release --product loupe >/dev/null
LOUPE="$(swift build -c release --show-bin-path)/loupe"
ALL=$("$LOUPE" analyzers --no-color | awk 'NR > 1 && $1 != "kwic" {print $1}' | paste -sd, -)
ANALYZERS="${2:-$ALL}"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
echo "== throughput (one core, best of 3)"
taskset -c 0 "$LOUPE" bench --mb 10 --analyzers "$ANALYZERS" "$ARTICLE"
echo "== whole process: loupe analyze --analyzers stats $ARTICLE"
runs=30
start=$(date +%s%N)
for _ in $(seq $runs); do "$LOUPE" analyze --analyzers stats --format json "$ARTICLE" >/dev/null; done
end=$(date +%s%N)
echo "mean wall time over $runs runs: $(( (end - start) / runs / 1000000 )) ms"
