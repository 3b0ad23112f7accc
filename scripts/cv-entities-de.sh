#!/usr/bin/env bash
# What the German model would gain from GermEval dev as training data, measured without scoring any
# sentence a model was trained on: two folds, each trained on the shipped recipe's data plus one half
# of NER-de-dev.tsv and scored on the other half; the two halves' counts are summed.
#   scripts/cv-entities-de.sh [DATA_DIR] [-- EXTRA TRAINER ARGS…]
#   DATA_DIR: the folder holding ner/ (default: ../shared/data)
# Prints per-label and micro F1 of the folds and, for comparison, of the shipped model on the same
# halves. Takes about 20 s on one core. The recipe is german_entity_recipe in scripts/common.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
shift || true
if [ "${1:-}" = "--" ]; then shift; fi
source scripts/common.sh
build_release
NER="$DATA/ner"
DEV="$NER/germeval2014/NER-de-dev.tsv"
[ -f "$DEV" ] || { echo "error: $DEV not found — pass the data folder as the first argument" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
german_entity_recipe "$NER" "$WORK"
# the first and the second 1,100 sentences (the file's sentences are independent samples)
awk -v RS= -v ORS='\n\n' 'NR <= 1100' "$DEV" > "$WORK/A.tsv"
awk -v RS= -v ORS='\n\n' 'NR > 1100' "$DEV" > "$WORK/B.tsv"

score() { # MODEL HALF → the per-label count lines of `loupe eval entities`
    "$LOUPE" eval entities "$WORK/$2.tsv" --model "$1" 2>&1 | grep -E "^(PER|LOC|ORG|OTH|micro) "
}
summed() { # label: summed gold/pred/tp → F1
    awk -v name="$1" '{ g[$1] += $2; p[$1] += $3; t[$1] += $4 } END {
        line = sprintf("%-22s", name)
        n = split("PER LOC ORG OTH micro", k, " ")
        for (i = 1; i <= n; i++) {
            P = p[k[i]] ? t[k[i]] / p[k[i]] : 0; R = g[k[i]] ? t[k[i]] / g[k[i]] : 0
            line = line sprintf("  %s %5.2f", k[i], P + R > 0 ? 200 * P * R / (P + R) : 0)
        }
        print line }'
}

for half in A B; do
    other=B; [ "$half" = B ] && other=A
    "$LOUPE" train entities --lang de --gazetteers Plugins/Entities/Resources \
        --train "$NER/germeval2014/NER-de-train-from-test.tsv" --train "$WORK/$other.tsv" \
        "${GERMAN_ENTITY_RECIPE[@]}" "$@" \
        --out "$WORK/fold-$half.bin" > "$WORK/train-$half.log" 2>&1 \
        || { tail -3 "$WORK/train-$half.log" >&2; exit 1; }
    score "$WORK/fold-$half.bin" "$half" >> "$WORK/folds.txt"
    score Plugins/Entities/Resources/entities-de.bin "$half" >> "$WORK/shipped.txt"
done
summed "shipped model" < "$WORK/shipped.txt"
summed "folds (+ other half)" < "$WORK/folds.txt"
