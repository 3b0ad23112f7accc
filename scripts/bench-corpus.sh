#!/usr/bin/env bash
# Corpus mode at scale: N documents (default 10,000) made by recombining the sentences of the
# sample articles in examples/, through every analyzer, with 1 job and with 2 jobs.
# Reports throughput, the speed-up, peak resident memory (GNU time) and checks the summary.
#   scripts/bench-corpus.sh [DOCUMENTS]
set -euo pipefail
source "$(dirname "$0")/common.sh"
N="${1:-10000}"
build_release
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 - "$N" examples/*.txt > "$WORK/corpus.jsonl" <<'PY'
import json, random, re, sys
n, files = int(sys.argv[1]), sys.argv[2:]
random.seed(7)
pools = []
for path in files:
    text = open(path, encoding="utf-8").read()
    pools.append([s for s in re.split(r"(?<=[.!?“\"])\s+", text.replace("\n\n", " ")) if len(s) > 20])
for i in range(n):
    pool = pools[i % len(pools)]
    sentences = random.sample(pool, min(len(pool), random.randint(3, 8)))
    print(json.dumps({"id": f"doc-{i:05d}", "text": " ".join(sentences), "ref": "2024-06-18"}, ensure_ascii=False))
PY
SIZE=$(du -m "$WORK/corpus.jsonl" | cut -f1)
echo "corpus: $N documents, ${SIZE} MB, every analyzer ($(nproc) cores, $(date -u +%Y-%m-%d))"
for jobs in 1 2; do
    /usr/bin/time -f "%e %M" -o "$WORK/time-$jobs" "$LOUPE" analyze --no-plugins --no-progress --jobs "$jobs" \
        --input jsonl --format jsonl "$WORK/corpus.jsonl" > "$WORK/out-$jobs.jsonl" 2> "$WORK/err-$jobs"
    read -r seconds kb < "$WORK/time-$jobs"
    lines=$(wc -l < "$WORK/out-$jobs.jsonl")
    echo "jobs $jobs: ${seconds} s, $(python3 -c "print(round($N / $seconds))") documents/s, $(python3 -c "print(round($SIZE / $seconds, 2))") MB/s, peak RSS $((kb / 1024)) MB, $lines lines out"
    tail -1 "$WORK/err-$jobs"
    [ "$lines" -eq "$N" ] || { echo "error: expected $N output lines" >&2; exit 1; }
done
cmp -s "$WORK/out-1.jsonl" "$WORK/out-2.jsonl" && echo "output with 2 jobs is identical to 1 job (same order)"
python3 -c "
a = float(open('$WORK/time-1').read().split()[0]); b = float(open('$WORK/time-2').read().split()[0])
print(f'speed-up with 2 jobs: {a / b:.2f}x')"
