#!/usr/bin/env bash
# Loupe against the tools users would pick instead, side by side in one run, on the same text
# and one core, with ratios (Loupe ÷ peer; above 1 means Loupe is faster):
#   tokenization   vs spaCy's German tokenizer (spacy.blank("de"))
#   dates          vs dateparser's search_dates
#   sentiment      vs vaderSentiment (English)
# Peers are installed from PyPI into .build-peers/venv by this script, not by the product.
#   scripts/bench-peers.sh [GERMAN_TEXT] [ENGLISH_TEXT]
set -euo pipefail
source "$(dirname "$0")/common.sh"
DE="${1:-examples/bundestag-de.txt}"
EN="${2:-examples/harbour-en.txt}"
VENV=.build-peers/venv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q spacy dateparser vaderSentiment
fi
build_release
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# The same text for everyone: the article repeated to about 2 MB (German) and 1 MB (English).
python3 -c "import sys; t=open(sys.argv[1]).read(); open(sys.argv[2],'w').write((t+'\n\n')*(2_000_000//len(t.encode())+1))" "$DE" "$WORK/de.txt"
python3 -c "import sys; t=open(sys.argv[1]).read(); open(sys.argv[2],'w').write((t+'\n\n')*(1_000_000//len(t.encode())+1))" "$EN" "$WORK/en.txt"

loupe_rate() { # analyzer file → MB/s (one core)
    taskset -c 0 "$LOUPE" bench --mb 0 --runs 3 ${1:+--analyzers "$1"} "$2" | awk -v key="${3}" '$0 ~ key {print $(NF-3)}' | tail -1
}
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d); one core each (taskset)"
printf "%-28s %12s %12s %8s\n" "task" "Loupe MB/s" "peer MB/s" "ratio"
row() { printf "%-28s %12s %12s %8s\n" "$1" "$2" "$3" "$(python3 -c "print(f'{$2/$3:.1f}x')")"; }

tok=$(loupe_rate "" "$WORK/de.txt" "tokenizer \\+ splitter")
spacy=$(taskset -c 0 "$VENV/bin/python" - "$WORK/de.txt" <<'PY'
import sys, time, spacy
nlp = spacy.blank("de"); text = open(sys.argv[1]).read(); size = len(text.encode()) / 1e6
paragraphs = text.split("\n\n")
best = min((lambda s: (list(nlp.tokenizer.pipe(paragraphs)), time.perf_counter() - s)[1])(time.perf_counter()) for _ in range(3))
print(f"{size / best:.2f}")
PY
)
row "tokenization (de)" "$tok" "$spacy"

dates=$(loupe_rate dates "$WORK/de.txt" "analyzer dates")
dp=$(taskset -c 0 "$VENV/bin/python" - "$WORK/de.txt" <<'PY'
import sys, time
from dateparser.search import search_dates
text = open(sys.argv[1]).read()[:200_000]; size = len(text.encode()) / 1e6
start = time.perf_counter()
for paragraph in text.split("\n\n"):
    search_dates(paragraph, languages=["de"])
print(f"{size / (time.perf_counter() - start):.3f}")
PY
)
row "dates (de)" "$dates" "$dp"

sent=$(loupe_rate sentiment "$WORK/en.txt" "analyzer sentiment")
vader=$(taskset -c 0 "$VENV/bin/python" - "$WORK/en.txt" <<'PY'
import sys, time, re
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
analyzer = SentimentIntensityAnalyzer(); text = open(sys.argv[1]).read(); size = len(text.encode()) / 1e6
sentences = re.split(r"(?<=[.!?])\s+", text)
start = time.perf_counter()
for s in sentences: analyzer.polarity_scores(s)
print(f"{size / (time.perf_counter() - start):.3f}")
PY
)
row "sentiment (en)" "$sent" "$vader"
echo "not compared: entities vs a spaCy German NER pipeline trained on the same data (see README)"
