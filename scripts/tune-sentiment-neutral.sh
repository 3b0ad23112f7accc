#!/usr/bin/env bash
# Chooses the news genre's two constants on the TUNING halves only: for each weak-word threshold
# W and neutral half-width X in a small grid, scores the news dev sets with `loupe eval sentiment
# --part tune --genre news --weak W --neutral X` (GerNTSA by its sentence labels) and prints
# accuracy and macro-F1; the chosen pair is the one with the highest mean macro-F1 over the two
# sets (ties: the first in grid order). Then prints the CHECK halves with it, which are the
# figures to report. Reviews and tweets keep every word and ±0.05 (their sets are printed for
# reference at the end, unchanged by W and X).
#   scripts/tune-sentiment-neutral.sh [DATA_DIR]      default ../shared/data/sentiment/eval
#   LOUPE_BIN=path/to/loupe skips the release build.
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="${1:-$ROOT/../shared/data/sentiment/eval}"
[ -d "$data" ] || { echo "error: $data not found — pass the folder with gerntsa-de-dev.jsonl etc." >&2; exit 1; }
build_release
weak_grid="0 0.5 0.8 1.0 1.2 1.5"
band_grid="0.05 0.10 0.15 0.20 0.25 0.30 0.40 0.50"
overall() { awk '$1 == "overall" { print $4, $5 }'; }
best="" best_f1=-1
printf '%-6s %-6s %-22s %-22s %s\n' "weak" "band" "gerntsa acc / F1" "fpb acc / F1" "mean F1"
for w in $weak_grid; do
    for x in $band_grid; do
        news=(--part tune --genre news --weak "$w" --neutral "$x")
        g=$("$LOUPE" eval sentiment "$data/gerntsa-de-dev.jsonl" --sentence "${news[@]}" | overall)
        f=$("$LOUPE" eval sentiment "$data/fpb-en-dev.jsonl" "${news[@]}" | overall)
        mean=$(echo "$g $f" | awk '{ printf "%.4f", ($2 + $4) / 2 }')
        printf '%-6s %-6s %-22s %-22s %s\n' "$w" "$x" "$g" "$f" "$mean"
        if awk -v m="$mean" -v b="$best_f1" 'BEGIN { exit !(m > b) }'; then best="$w $x" best_f1="$mean"; fi
    done
done
read -r weak band <<< "$best"
echo "chosen on the tuning halves: weak words below $weak, neutral band ±$band (mean macro-F1 $best_f1)"
echo "(the product's constants: SentimentGenre.news.weakValence and .neutralBand in Plugins/Sentiment/Sources/SentimentLayer.swift)"
echo "=============== check halves, weak $weak, band ±$band"
check=(--part check --genre news --weak "$weak" --neutral "$band")
"$LOUPE" eval sentiment "$data/gerntsa-de-dev.jsonl" --sentence "${check[@]}"
"$LOUPE" eval sentiment "$data/gerntsa-de-dev.jsonl" --target "${check[@]}"
"$LOUPE" eval sentiment "$data/fpb-en-dev.jsonl" "${check[@]}"
"$LOUPE" eval sentiment "$data/fpb-en-dev.jsonl" --agreement 100 "${check[@]}"
echo "=============== reviews and tweets (every word, ±0.05, whole dev files)"
"$LOUPE" eval sentiment "$data/vader-gt-en-dev.jsonl"
"$LOUPE" eval sentiment "$data/potts-de-dev.jsonl"
