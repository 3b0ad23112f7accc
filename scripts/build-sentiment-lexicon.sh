#!/usr/bin/env bash
# Rebuilds the compiled sentiment lexicon, Plugins/Sentiment/Resources/compiled/sentiment.lexicon,
# from the source lexicons next to it (vader/, afinn/, loupe/, textblob-de/). Deterministic: the
# same sources give the same bytes (`git status` shows no change when nothing changed).
#   scripts/build-sentiment-lexicon.sh           write the file
#   scripts/build-sentiment-lexicon.sh --check   exit 1 if the shipped file is stale
# Run it after editing a source lexicon or the lexicon-building code (then also bump
# CompiledLexicon.generatorVersion). Without a current file the analyzer still works: it builds
# the lexicon from the sources at first use (~0.5 s instead of a few ms).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
ensure_swift
ensure_readline
swift build -c release --product loupe >/dev/null
LOUPE="$(swift build -c release --show-bin-path)/loupe"
"$LOUPE" train sentiment --resources Plugins/Sentiment/Resources "$@"
