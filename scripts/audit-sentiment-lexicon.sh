#!/usr/bin/env bash
# Lists the frequent German words that textblob-de rates strongly (|polarity| ≥ 0.7, i.e. ±1.75 or
# ±2.5 on VADER's scale) and that Loupe's own lexicon does not yet decide: the candidates for a
# news reading. The corpus is the text of the GermEval 2014 NER files (CC BY 4.0; not sentiment
# data, so the audit is independent of the sentiment dev sets). A person then keeps the words whose
# ordinary news sense is not evaluative (particles, neutral verbs) and enters them with score 0 in
# Plugins/Sentiment/Resources/loupe/de-news.tsv (then scripts/build-sentiment-lexicon.sh).
#   scripts/audit-sentiment-lexicon.sh [GERMEVAL_DIR] [TOP]     defaults ../shared/data/ner/germeval2014, 3000
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-../shared/data/ner/germeval2014}"
top="${2:-3000}"
[ -d "$dir" ] || { echo "error: $dir not found — pass the folder with the GermEval 2014 .tsv files" >&2; exit 1; }
resources=Plugins/Sentiment/Resources
awk -F'\t' -v top="$top" '
    FILENAME ~ /de-sentiment\.xml$/ {
        if (match($0, /form="[^"]*"/)) form = tolower(substr($0, RSTART + 6, RLENGTH - 7)); else next
        if (match($0, /polarity="[^"]*"/)) polarity = substr($0, RSTART + 10, RLENGTH - 11) + 0; else next
        if (polarity != 0) rated[form] = polarity * 2.5
        next
    }
    FILENAME ~ /de-news\.tsv$/ { if ($0 !~ /^#/ && NF >= 2) own[tolower($1)] = 1; next }
    /^#/ || NF < 3 { next }
    { count[tolower($2)]++ }
    END {
        for (w in count) printf "%d\t%s\n", count[w], w | "sort -rn > /tmp/loupe-audit-counts"
        close("sort -rn > /tmp/loupe-audit-counts")
        n = 0
        while ((getline line < "/tmp/loupe-audit-counts") > 0 && n < top) {
            split(line, f, "\t"); n++
            v = rated[f[2]]
            if ((v >= 1.75 || v <= -1.75) && !(f[2] in own)) printf "%s\t%s\t%+.2f\n", f[1], f[2], v
        }
    }
' "$resources/textblob-de/de-sentiment.xml" "$resources/loupe/de-news.tsv" "$dir"/*.tsv
