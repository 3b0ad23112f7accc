#!/usr/bin/env bash
# Fuzzes Loupe with libFuzzer (AddressSanitizer + coverage):
#   scripts/fuzz.sh [SECONDS] [HARNESS …]      (default: 30 s each, every harness)
# Harnesses: tokenizer, sentences, jsonl, plugin-file, analyzer-<name> for every built-in analyzer
# (`loupe-fuzz` without arguments lists them). Seeds come from examples/ and Tests/FuzzCrashers/.
# A finding is copied to Tests/FuzzCrashers/HARNESS/, where the test suite replays it from then on.
# A long run, as documented in the README: scripts/fuzz.sh 600. FUZZ_JOBS=2 runs two harnesses at a time.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SECONDS_EACH="${1:-30}"
shift || true
ensure_swift
ensure_readline
RT="$(dirname "$(dirname "$(command -v swift)")")/lib/clang"
NO_MAIN="$(ls "$RT"/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)"
SCRATCH=.build-fuzz
swift build -c release --product loupe-fuzz --scratch-path "$SCRATCH" \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    -Xswiftc -DLOUPE_FUZZING -Xlinker "$NO_MAIN" -Xlinker -lstdc++ 2>&1 | grep -v "Cannot export" | tail -1
FUZZ="$SCRATCH/release/loupe-fuzz"
HARNESSES=("$@")
if [ ${#HARNESSES[@]} -eq 0 ]; then
    mapfile -t HARNESSES < <("$FUZZ" 2>&1 | sed -n 's/^harnesses: //p' | tr ',' '\n' | tr -d ' ')
fi
if [ ${#HARNESSES[@]} -eq 0 ]; then echo "error: $FUZZ lists no harnesses" >&2; exit 1; fi
export ASAN_OPTIONS="detect_leaks=0"
# One harness: seeds its corpus, fuzzes, and prints "ok HARNESS: N executions" or a finding.
fuzz_one() {
    local harness="$1" corpus="$SCRATCH/corpus/$1" log="$SCRATCH/$1.log"
    mkdir -p "$corpus" "$SCRATCH/artifacts"
    case "$harness" in
        plugin-file) cp examples/plugins/*.yaml "$corpus/" ;;
        jsonl) printf '{"id": "a", "text": "Am 19. Juni sagte er: „Ja.“", "lang": "de", "ref": "2024-06-18"}\n' > "$corpus/seed.jsonl" ;;
        *) cp examples/*.txt "$corpus/" ;;
    esac
    [ -d "Tests/FuzzCrashers/$harness" ] && cp "Tests/FuzzCrashers/$harness"/* "$corpus/" 2>/dev/null || true
    if "$FUZZ" "$harness" "$corpus" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$SCRATCH/artifacts/$harness-" > "$log" 2>&1; then
        local runs
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        echo "ok       $harness: ${runs:-0} executions in ${SECONDS_EACH} s"
    else
        echo "FINDING  $harness — see $log"
        mkdir -p "Tests/FuzzCrashers/$harness"
        for artifact in "$SCRATCH/artifacts/$harness-"*; do [ -e "$artifact" ] && cp "$artifact" "Tests/FuzzCrashers/$harness/"; done
        return 1
    fi
}
# FUZZ_JOBS harnesses at a time (default 1; the test suite uses one per core).
JOBS="${FUZZ_JOBS:-1}"
RESULTS="$SCRATCH/results.txt"
: > "$RESULTS"
status=0
running=0
for harness in "${HARNESSES[@]}"; do
    if [ "$running" -ge "$JOBS" ]; then wait -n || status=1; running=$((running - 1)); fi
    (fuzz_one "$harness" | tee -a "$RESULTS") &
    running=$((running + 1))
done
while [ "$running" -gt 0 ]; do wait -n || status=1; running=$((running - 1)); done
grep -q '^FINDING' "$RESULTS" && status=1
total=$(sed -n 's/^ok .*: \([0-9]*\) executions.*/\1/p' "$RESULTS" | awk '{ sum += $1 } END { print sum + 0 }')
echo "total executions: ${total:-0} over ${#HARNESSES[@]} harnesses, ${SECONDS_EACH} s each"
exit $status
