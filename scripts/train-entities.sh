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
ensure_swift
ensure_readline
swift build -c release --product loupe >/dev/null
LOUPE="$(swift build -c release --show-bin-path)/loupe"
NER="$DATA/ner"
mkdir -p "$OUT"

# 1. gazetteer files (each keeps its source's licence; the models' features read them)
"$LOUPE" train entities gazetteers --nouns "$DATA/gazetteers/german-nouns" \
    --first-names "$DATA/gazetteers/berlin-first-names/first-names-aggregated.tsv" \
    --surnames "$DATA/gazetteers/germaner-surnames/surnames.txt" --out "$OUT"

# 2. German: GermEval train-from-test in domain; MobIE and Europeana as extra corpora
#    (private feature copies, latent OTH, stops/routes → LOC); word clusters from all their tokens;
#    the weights of three runs (seeds 42, 43, 44) averaged
"$LOUPE" train entities --lang de --gazetteers "$OUT" \
    --train "$NER/germeval2014/NER-de-train-from-test.tsv" \
    --extra mobie="$NER/mobie/train.conll2003" --extra mobie="$NER/mobie/dev.conll2003" \
    --extra mobie="$NER/mobie/test.conll2003" \
    --extra europeana="$NER/europeana-newspapers-de/enp_DE.lft.bio" \
    --extra europeana="$NER/europeana-newspapers-de/enp_DE.onb.bio" \
    --extra europeana="$NER/europeana-newspapers-de/enp_DE.sbb.bio" \
    --stops --clusters 256 --bits 20 --epochs 10 --seed 42 --runs 3 \
    --dev "$NER/germeval2014/NER-de-dev.tsv" --out "$OUT/entities-de.bin"

# 3. English: WNUT-17 train; name lists without the German common-noun bit; O bias 12
"$LOUPE" train entities --lang en --gazetteers "$OUT" --train "$NER/wnut17/wnut17train.conll" \
    --features all,-cluster --gazetteer-mask 1FE --bits 18 --epochs 10 --seed 42 --o-bias 12 \
    --dev "$NER/wnut17/emerging.dev.conll" --out "$OUT/entities-en.bin"
ls -l "$OUT"
