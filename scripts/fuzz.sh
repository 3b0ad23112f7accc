#!/usr/bin/env bash
# Fuzzes Loupe with libFuzzer (AddressSanitizer + coverage):
#   scripts/fuzz.sh [SECONDS] [HARNESS …]      (default: 30 s each, every harness)
# Harnesses: tokenizer, sentences, jsonl, plugin-file, analyzer-<name> for every built-in analyzer
# (`loupe-fuzz` without arguments lists them). Seeds come from examples/ and Tests/FuzzCrashers/.
# A finding is copied to Tests/FuzzCrashers/HARNESS/, where the test suite replays it from then on.
# A long run, as documented in the README: scripts/fuzz.sh 600
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
export ASAN_OPTIONS="detect_leaks=0"
status=0
total=0
for harness in "${HARNESSES[@]}"; do
    corpus="$SCRATCH/corpus/$harness"
    mkdir -p "$corpus" "$SCRATCH/artifacts"
    case "$harness" in
        plugin-file) cp examples/plugins/*.yaml "$corpus/" ;;
        jsonl) printf '{"id": "a", "text": "Am 19. Juni sagte er: „Ja.“", "lang": "de", "ref": "2024-06-18"}\n' > "$corpus/seed.jsonl" ;;
        *) cp examples/*.txt "$corpus/" ;;
    esac
    [ -d "Tests/FuzzCrashers/$harness" ] && cp "Tests/FuzzCrashers/$harness"/* "$corpus/" 2>/dev/null || true
    log="$SCRATCH/$harness.log"
    if "$FUZZ" "$harness" "$corpus" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$SCRATCH/artifacts/$harness-" > "$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        total=$((total + ${runs:-0}))
        echo "ok       $harness: ${runs:-?} executions in ${SECONDS_EACH} s"
    else
        status=1
        echo "FINDING  $harness — see $log"
        mkdir -p "Tests/FuzzCrashers/$harness"
        for artifact in "$SCRATCH/artifacts/$harness-"*; do [ -e "$artifact" ] && cp "$artifact" "Tests/FuzzCrashers/$harness/"; done
    fi
done
echo "total executions: $total"
exit $status
