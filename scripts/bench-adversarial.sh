#!/usr/bin/env bash
# Adversarial inputs, 1 MB each, through every analyzer as a whole `loupe analyze` process on a
# release build: the wall time (limit 2 s each) and the memory it takes beyond the same run on a
# one-line document (models, lexicons), as a multiple of the input (limit 20x).
# Inputs that make a naive analyzer quadratic: one sentence of 1 MB, clock times, mixed
# quotation marks, abbreviation runs, nested brackets, one token of 1 MB, a name repeated,
# capitalised words, "sagte, dass" chains, one-word lines, emoji, ordinal numbers, distinct names.
#   scripts/bench-adversarial.sh [ANALYZERS]      (default: every built-in analyzer)
# Exit status 1 when any run is over its limits.
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_release
ANALYZERS="${1:-tokens,sentences,stats,readability,entities,dates,quotes,sentiment}"
LIMIT_SECONDS=2
LIMIT_FACTOR=20
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

# Repeats PIECE until the file holds about 1 MB.
make_input() { # NAME PIECE
    local name=$1 piece=$2 text=$2
    while [ ${#text} -lt 1000000 ]; do text="$text$text"; done
    printf '%s' "${text:0:1000000}" > "$DIR/$name.txt"
}
make_input long-sentence "wort "
make_input clock-times "12:30 "
make_input mixed-quotes "„a\" »b« \"c' ‚d‘ “e” "
make_input abbreviations "Dr. z. B. u. a. Nr. "
make_input brackets "(((((((((("
printf ')%.0s' $(seq 1 1000) >> "$DIR/brackets.txt"
make_input one-token "a"
make_input repeated-name "Putin sagte. "
make_input capitalised "Anna Berg Carl Dorf Emil Feld "
make_input speech-chains "Er sagte, dass sie sagte, dass "
make_input one-word-lines $'Wort\n'
make_input emoji "👍🏽🎉 "
make_input ordinals "1. 2. 3. 2024 "
# Distinct person names (a group search over all names so far was quadratic: 30 s for 200 KB).
awk 'BEGIN { srand(3); n = 0
    while (n < 1000000) { s = "Anna B"; for (i = 0; i < 6; i++) s = s substr("abcdefghijklmnopqrstuvwxyz", int(rand() * 26) + 1, 1)
        line = s " sagte das. Anna kam. "; printf "%s", line; n += length(line) } }' > "$DIR/distinct-names.txt"

# Peak memory of each analyzer on a one-line document: what the models take, not the input.
printf 'Ein Satz.' > "$DIR/tiny.txt.base"
declare -A BASE
for analyzer in ${ANALYZERS//,/ }; do
    /usr/bin/time -f '%M' -o "$DIR/time" "$LOUPE" analyze --no-plugins --analyzers "$analyzer" --format jsonl --ref 2024-06-18 "$DIR/tiny.txt.base" > /dev/null
    BASE[$analyzer]=$(tail -1 "$DIR/time")
done

echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d); limits: ${LIMIT_SECONDS} s, ${LIMIT_FACTOR}x the input in memory"
printf '%-16s %-12s %8s %10s %6s\n' input analyzer seconds "peak MB" "x size"
failed=0
for file in "$DIR"/*.txt; do
    name=$(basename "$file" .txt)
    bytes=$(stat -c %s "$file")
    for analyzer in ${ANALYZERS//,/ }; do
        # %e wall seconds, %M peak resident KB; `timeout` ends a runaway at 60 s.
        /usr/bin/time -f '%e %M' -o "$DIR/time" timeout 60 "$LOUPE" analyze --no-plugins --analyzers "$analyzer" --format jsonl \
            --ref 2024-06-18 --no-progress "$file" > /dev/null 2> "$DIR/err" || true
        read -r seconds kilobytes < <(tail -1 "$DIR/time")
        factor=$(awk -v k="$kilobytes" -v base="${BASE[$analyzer]}" -v b="$bytes" 'BEGIN { f = (k - base) * 1024 / b; printf "%.1f", f < 0 ? 0 : f }')
        mark=""
        if awk -v s="$seconds" -v f="$factor" -v ls="$LIMIT_SECONDS" -v lf="$LIMIT_FACTOR" 'BEGIN { exit !(s > ls || f > lf) }'; then
            mark="  OVER"; failed=1
        fi
        printf '%-16s %-12s %8s %10s %6s%s\n' "$name" "$analyzer" "$seconds" "$((kilobytes / 1024))" "$factor" "$mark"
    done
done

# A long document of ordinary news: an article repeated to 10 MB, every analyzer in one run.
ARTICLE=examples/bundestag-de.txt
[ -f ../shared/data/articles/putin-nordkorea-de.txt ] && ARTICLE=../shared/data/articles/putin-nordkorea-de.txt
long="$DIR/long-news.txt"
while [ "$(stat -c %s "$long" 2>/dev/null || echo 0)" -lt 10000000 ]; do cat "$ARTICLE" >> "$long"; printf '\n\n' >> "$long"; done
ALL="${ANALYZERS}"
/usr/bin/time -f '%M' -o "$DIR/time" "$LOUPE" analyze --no-plugins --analyzers "$ALL" --format jsonl --ref 2024-06-18 "$DIR/tiny.txt.base" > /dev/null
base=$(tail -1 "$DIR/time")
/usr/bin/time -f '%e %M' -o "$DIR/time" "$LOUPE" analyze --no-plugins --analyzers "$ALL" --format jsonl --ref 2024-06-18 "$long" > /dev/null
read -r seconds kilobytes < <(tail -1 "$DIR/time")
bytes=$(stat -c %s "$long")
factor=$(awk -v k="$kilobytes" -v base="$base" -v b="$bytes" 'BEGIN { printf "%.1f", (k - base) * 1024 / b }')
mark=""
if awk -v f="$factor" -v lf="$LIMIT_FACTOR" 'BEGIN { exit !(f > lf) }'; then mark="  OVER"; failed=1; fi
echo "long news document: $(basename "$ARTICLE") repeated to $((bytes / 1000000)) MB, all analyzers: $seconds s, peak $((kilobytes / 1024)) MB, ${factor}x the input$mark"
exit $failed
