#!/usr/bin/env bash
# Chooses the neutral band for news on the TUNING halves only: for each half-width X in a small
# grid, scores the news dev sets with `loupe eval sentiment --part tune --neutral X` (GerNTSA by
# its sentence labels) and prints accuracy and macro-F1; the chosen X is the one with the highest
# mean macro-F1 over the two sets (ties: the smaller X). Then prints the CHECK halves with that X,
# which are the figures to report. Reviews and tweets keep ±0.05 (their sets are printed for
# reference at the end, unchanged by X).
#   scripts/tune-sentiment-neutral.sh [DATA_DIR]      default ../shared/data/sentiment/eval
#   LOUPE_BIN=path/to/loupe skips the release build.
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="${1:-$ROOT/../shared/data/sentiment/eval}"
[ -d "$data" ] || { echo "error: $data not found — pass the folder with gerntsa-de-dev.jsonl etc." >&2; exit 1; }
build_release
grid="0.05 0.10 0.15 0.20 0.25 0.30 0.35 0.40 0.45 0.50 0.60"
overall() { awk '$1 == "overall" { print $4, $5 }'; }
best="" best_f1=-1
printf '%-6s %-22s %-22s %s\n' "band" "gerntsa acc / F1" "fpb acc / F1" "mean F1"
for x in $grid; do
    g=$("$LOUPE" eval sentiment "$data/gerntsa-de-dev.jsonl" --part tune --sentence --neutral "$x" | overall)
    f=$("$LOUPE" eval sentiment "$data/fpb-en-dev.jsonl" --part tune --neutral "$x" | overall)
    mean=$(echo "$g $f" | awk '{ printf "%.4f", ($2 + $4) / 2 }')
    printf '%-6s %-22s %-22s %s\n' "$x" "$g" "$f" "$mean"
    if awk -v m="$mean" -v b="$best_f1" 'BEGIN { exit !(m > b) }'; then best="$x" best_f1="$mean"; fi
done
echo "chosen on the tuning halves: neutral band ±$best (mean macro-F1 $best_f1)"
echo "(the product's news band is SentimentGenre.news.neutralBand in Plugins/Sentiment/Sources/SentimentLayer.swift)"
echo "=============== check halves, band ±$best"
"$LOUPE" eval sentiment "$data/gerntsa-de-dev.jsonl" --part check --sentence --neutral "$best"
"$LOUPE" eval sentiment "$data/fpb-en-dev.jsonl" --part check --neutral "$best"
echo "=============== reviews and tweets (±0.05, whole dev files)"
"$LOUPE" eval sentiment "$data/vader-gt-en-dev.jsonl"
"$LOUPE" eval sentiment "$data/potts-de-dev.jsonl"
