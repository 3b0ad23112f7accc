#!/usr/bin/env bash
# External-plugin overhead: documents per second through the Python example plugin
# (examples/plugins/long-sentences), round trip, release build. Short documents, so the time is
# the protocol's, not the analysis's.   scripts/bench-plugins.sh [DOCUMENTS]   (default 10000)
set -euo pipefail
source "$(dirname "$0")/common.sh"
N="${1:-10000}"
ensure_swift
ensure_readline
swift build -c release --product loupe >/dev/null
LOUPE="$(swift build -c release --show-bin-path)/loupe"
INPUT="$(mktemp --suffix=.jsonl)"
trap 'rm -f "$INPUT"' EXIT
python3 - "$N" > "$INPUT" <<'PY'
import json, sys
sentences = ["Der Bundestag beriet am Dienstag über den Haushalt.", "The minister said the deal was fair.",
             "„Wir investieren in Schulen“, sagte Albers.", "Dock workers returned to work on Monday."]
for i in range(int(sys.argv[1])):
    print(json.dumps({"id": f"d{i}", "text": sentences[i % 4] + " " + sentences[(i + 1) % 4]}, ensure_ascii=False))
PY
run() {
    local start end
    start=$(date +%s%N)
    "$LOUPE" analyze --no-plugins --no-progress --jobs 1 "$@" --input jsonl --format jsonl "$INPUT" > /dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}
base=$(run --analyzers stats)
with=$(run --plugin examples/plugins/long-sentences --analyzers long-sentences)
echo "documents: $N (two short sentences each), one job"
echo "without plugin (stats):      ${base} ms  ($(( N * 1000 / (base > 0 ? base : 1) )) documents/s)"
echo "through the Python plugin:   ${with} ms  ($(( N * 1000 / (with > 0 ? with : 1) )) documents/s, round trip)"
