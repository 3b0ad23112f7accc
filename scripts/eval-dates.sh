#!/usr/bin/env bash
# Scores the dates analyzer on every development set in ../shared/data/dates, tuning and check
# halves apart (loupe eval dates --part tune|check; the split is by document, and for the
# Duckling rows by example group). Read errors only on the tuning halves (add --verbose there);
# the check halves are the reported result.
#   scripts/eval-dates.sh [DATA_DIR]        default ../shared/data/dates
#   LOUPE_BIN=path/to/loupe skips the release build.
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="${1:-$ROOT/../shared/data/dates}"
[ -d "$data" ] || { echo "error: $data not found — pass the folder with krauts-dev.jsonl etc." >&2; exit 1; }
build_release
for part in tune check; do
    echo "=============== $part half"
    "$LOUPE" eval dates "$data/krauts-dev.jsonl" --part "$part" --mode news
    "$LOUPE" eval dates "$data/tbaq-dev.jsonl" --part "$part" --mode news
    "$LOUPE" eval dates "$data/wikiwarsde-dev.jsonl" --part "$part" --mode narrative
    "$LOUPE" eval dates "$data/duckling-de-dev.jsonl" "$data/duckling-en-dev.jsonl" --part "$part" --mode colloquial
done
