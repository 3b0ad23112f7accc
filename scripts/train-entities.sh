#!/usr/bin/env bash
# Reproduces the shipped entity models and gazetteer files exactly from the raw data.
#   scripts/train-entities.sh [DATA_DIR] [OUT_DIR]
#   DATA_DIR: the folder holding ner/ and gazetteers/ (default: ../shared/data)
#   OUT_DIR:  where the files go (default: Plugins/Entities/Resources, i.e. the shipped ones)
# Then `cmp` the files against git (`git status Plugins/Entities/Resources` shows no change).
# The dev sets (NER-de-dev.tsv, emerging.dev.conll) only print per-epoch progress: they are
# never trained on. SmartData is not used (its annotations say "Research use only").
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
OUT="${2:-Plugins/Entities/Resources}"
source scripts/common.sh
build_release
NER="$DATA/ner"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# 1. gazetteer files (each keeps its source's licence; the models' features read them)
"$LOUPE" train entities gazetteers --nouns "$DATA/gazetteers/german-nouns" \
    --first-names "$DATA/gazetteers/berlin-first-names/first-names-aggregated.tsv" \
    --surnames "$DATA/gazetteers/germaner-surnames/surnames.txt" --out "$OUT"

# 2. German: GermEval train-from-test in domain; MobIE, Europeana and the open English corpora (their
#    OTH read as O) as extra corpora (private feature copies, latent OTH, stops/routes → LOC); word
#    clusters from all their tokens; the weights of three runs (seeds 42, 43, 44) averaged
#    (the extra corpora and settings: german_entity_recipe in scripts/common.sh)
german_entity_recipe "$NER" "$WORK"
"$LOUPE" train entities --lang de --gazetteers "$OUT" \
    --train "$NER/germeval2014/NER-de-train-from-test.tsv" "${GERMAN_ENTITY_RECIPE[@]}" \
    --dev "$NER/germeval2014/NER-de-dev.tsv" --out "$OUT/entities-de.bin"

# 3. English: the open corpora — Universal NER English EWT train (web text), wikigold and CrossNER's
#    five domains (Wikipedia), GUM (Wikinews, interviews, guides …), BTC and WNUT-17 (tweets) — read
#    from their second column (our labels; the third keeps the source's), plus a copy of every fourth
#    sentence in capitals so that headlines look familiar; word clusters from all their tokens; three
#    runs (seeds 42, 43, 44) averaged.
#    Model choice on UNER dev (PER/LOC/ORG: UNER has no MISC) and the first half of CoNLL eng.testa,
#    which is never trained on; the second half is the reported figure.
EN="$WORK/en"
mkdir -p "$EN"
open_english_ner_corpora "$NER"
for f in "${ENGLISH_NER_CORPORA[@]}"; do
    cut -f1,2 "$f" > "$EN/$(basename "$f" .tsv).conll"
done
cat $(ls "$EN"/*.conll | LC_ALL=C sort) | awk 'BEGIN { FS = OFS = "\t"; s = 0; buf = "" }
    /^-DOCSTART-/ { next }
    /^[[:space:]]*$/ { if (buf != "" && s % 4 == 0) printf "%s\n", buf; if (buf != "") s++; buf = ""; next }
    { $1 = toupper($1); buf = buf $0 "\n" }
    END { if (buf != "" && s % 4 == 0) printf "%s\n", buf }' > "$EN/capitals.txt"
EN_TRAIN=()
for f in $(ls "$EN"/*.conll | LC_ALL=C sort) "$EN/capitals.txt"; do EN_TRAIN+=(--train "$f"); done
cut -f1,2 "$NER/uner-en-ewt/en_ewt-uner-dev.tsv" > "$EN/uner-dev.conll"
# (WNUT-17 as an extra corpus with private feature copies: trained on directly, its product names
# taught the model "Microsoft rose" as one name)
"$LOUPE" train entities --lang en --gazetteers "$OUT" "${EN_TRAIN[@]}" --extra wnut="$NER/wnut17/wnut17train.conll" \
    --features all --clusters 256 --gazetteer-mask 1FE --bits 20 --epochs 8 --seed 42 --runs 3 \
    --dev "$EN/uner-dev.conll" --out "$OUT/entities-en.bin"
ls -l "$OUT"
