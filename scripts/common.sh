# Shared by the scripts: where the package is, and installing what a build needs.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

# GNU readline's headers (Debian: libreadline-dev) are the one system package Loupe needs.
ensure_readline() {
    if [ -f /usr/include/readline/readline.h ]; then return 0; fi
    echo "Installing libreadline-dev (GNU readline headers)…" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    if command -v apt-get >/dev/null 2>&1; then
        $sudo apt-get update -qq && $sudo apt-get install -y -qq libreadline-dev >/dev/null
    else
        echo "error: install GNU readline's development files (libreadline-dev / readline-devel) and run again" >&2
        return 1
    fi
}

# GNU parallel, for the scale-out test (best effort: without it that test skips).
ensure_parallel() {
    if command -v parallel >/dev/null 2>&1; then return 0; fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    if command -v apt-get >/dev/null 2>&1; then
        echo "Installing GNU parallel…" >&2
        ($sudo apt-get install -y -qq parallel >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq parallel >/dev/null; }) \
            || echo "warning: could not install GNU parallel; its test will skip" >&2
    fi
    return 0
}

ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        echo "error: swift is not on PATH — install Swift 6 (https://www.swift.org/install/linux/) and run again" >&2
        return 1
    fi
}

# Builds the release `loupe` (quietly) and sets LOUPE to its path; LOUPE_BIN names a built one instead.
build_release() {
    if [ -n "${LOUPE_BIN:-}" ]; then LOUPE="$LOUPE_BIN"; return 0; fi
    ensure_swift
    ensure_readline
    swift build -c release --product loupe >/dev/null
    LOUPE="$(swift build -c release --show-bin-path)/loupe"
}

# The open English NER corpora, read from their second column (our labels; the third keeps the
# source's), in a fixed order: the English model's training data and one of the German model's extra
# corpora.
open_english_ner_corpora() {
    local ner="$1"
    ENGLISH_NER_CORPORA=("$ner/uner-en-ewt/en_ewt-uner-train.prerelease.tsv" "$ner/wikigold/wikigold.tsv"
        "$ner"/crossner/crossner-*.tsv "$ner"/gum-ner/gum-ner-*.tsv "$ner"/btc/btc-*.tsv)
}

# The German entity model's recipe besides its in-domain training files: the extra corpora and the
# trainer's settings, in GERMAN_ENTITY_RECIPE (an array). scripts/train-entities.sh ships it;
# scripts/cv-entities-de.sh measures it with more data. $1: the ner/ data folder; $2: a folder for
# the converted English corpora.
# The open English corpora are one extra corpus (`en`): they name the companies, media and clubs German
# news mentions (GermEval dev 70.26 → 72.36, ORG 55.62 → 60.41). Their OTH is read as O: CoNLL's MISC
# (nationality words, events) is not GermEval's OTH, and an extra corpus's O may be OTH anyway
# (71.98 with their OTH kept).
german_entity_recipe() {
    local ner="$1" work="$2" f out
    GERMAN_ENTITY_RECIPE=(
        --extra mobie="$ner/mobie/train.conll2003" --extra mobie="$ner/mobie/dev.conll2003"
        --extra mobie="$ner/mobie/test.conll2003"
        --extra europeana="$ner/europeana-newspapers-de/enp_DE.lft.bio"
        --extra europeana="$ner/europeana-newspapers-de/enp_DE.onb.bio"
        --extra europeana="$ner/europeana-newspapers-de/enp_DE.sbb.bio"
        --stops --clusters 256 --bits 20 --epochs 10 --seed 42 --runs 3
    )
    open_english_ner_corpora "$ner"
    for f in "${ENGLISH_NER_CORPORA[@]}"; do
        out="$work/en-without-oth-$(basename "$f" .tsv).conll"
        awk 'BEGIN { FS = OFS = "\t" } NF >= 2 { if ($2 ~ /OTH$/) $2 = "O"; print $1, $2; next } { print }' \
            "$f" > "$out"
        GERMAN_ENTITY_RECIPE+=(--extra en="$out")
    done
}
