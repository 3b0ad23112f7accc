"""spaCy German NER peer for scripts/bench-peers.sh (a benchmark helper, not part of Loupe).

    spacy_ner.py train GERMEVAL_DIR OUT_DIR MAX_STEPS   convert GermEval, write config, train
    spacy_ner.py f1 MODEL DEV_TSV                        micro F1 on gold tokens (prints a number)
    spacy_ner.py speed MODEL TEXT [RUNS]                 MB/s of nlp.pipe over the text's paragraphs

The GermEval labels are read the way Loupe reads them (Plugins/Entities/Tools/Readers.swift):
the outer column only; PER/LOC/ORG/OTH kept; the -deriv / -part subtypes become O; an I- tag that
does not continue its label becomes B-. Scores are strict CoNLL ones: an entity counts when its span
and its label both match, micro-averaged over the four labels (as `loupe eval entities`).
"""
import os
import subprocess
import sys
import time

LABELS = {"PER", "LOC", "ORG", "OTH"}


def read_germeval(path):
    """[(tokens, tags)] from a GermEval 2014 TSV file (index, token, outer tag, inner tag)."""
    sentences, tokens, tags = [], [], []

    def flush():
        if tokens:
            sentences.append((list(tokens), repair(tags)))
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip(" \t"):
                flush()
                continue
            if line.startswith("#\t") or line == "#":
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                continue
            tokens.append(cols[1])
            tags.append(outer_tag(cols[2]))
    flush()
    return sentences


def outer_tag(tag):
    if tag == "O" or tag[:2] not in ("B-", "I-"):
        return "O"
    name = tag[2:]
    if name.endswith("deriv") or name.endswith("part") or name not in LABELS:
        return "O"
    return tag


def repair(tags):
    out, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


def entities(tags):
    """Set of (start, end, label) spans of a valid BIO sequence."""
    spans, start, label = set(), 0, None
    for i, tag in enumerate(tags + ["O"]):
        if label is not None and not (tag.startswith("I-") and tag[2:] == label):
            spans.add((start, i, label))
            label = None
        if tag.startswith("B-") or (tag.startswith("I-") and label is None):
            start, label = i, tag[2:]
    return spans


def to_docbin(nlp, sentences, path):
    from spacy.tokens import Doc, DocBin

    docs = DocBin()
    for tokens, tags in sentences:
        docs.add(Doc(nlp.vocab, words=tokens, ents=tags))
    docs.to_disk(path)


def train(germeval, out, max_steps):
    import spacy

    os.makedirs(out, exist_ok=True)
    nlp = spacy.blank("de")
    for name in ("train-from-test", "dev"):
        to_docbin(nlp, read_germeval(f"{germeval}/NER-de-{name}.tsv"), f"{out}/{name}.spacy")
    python = sys.executable
    config = f"{out}/config.cfg"
    subprocess.run([python, "-m", "spacy", "init", "config", config, "--lang", "de",
                    "--pipeline", "ner", "--optimize", "efficiency", "--force"], check=True)
    subprocess.run([python, "-m", "spacy", "train", config, "--output", out,
                    "--paths.train", f"{out}/train-from-test.spacy", "--paths.dev", f"{out}/dev.spacy",
                    "--training.max_steps", str(max_steps), "--training.max_epochs", "0"], check=True)


def score(gold, predicted):
    tp = sum(len(g & p) for g, p in zip(gold, predicted))
    n_gold = sum(len(g) for g in gold)
    n_pred = sum(len(p) for p in predicted)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def f1(model, dev):
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model)
    sentences = read_germeval(dev)
    # Gold tokenization: the pipeline's components run on Docs built from the gold words.
    docs = nlp.pipe(Doc(nlp.vocab, words=tokens) for tokens, _ in sentences)
    predicted = [{(e.start, e.end, e.label_) for e in doc.ents} for doc in docs]
    gold = [entities(tags) for _, tags in sentences]
    print(f"{100 * score(gold, predicted):.2f}")


def speed(model, path, runs):
    import spacy

    nlp = spacy.load(model)  # tokenizer + tok2vec + ner, nothing else
    text = open(path, encoding="utf-8").read()
    size = len(text.encode()) / 1e6
    paragraphs = text.split("\n\n")
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for _ in nlp.pipe(paragraphs):
            pass
        best = min(best, time.perf_counter() - start)
    print(f"{size / best:.3f}")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "train":
        train(args[0], args[1], int(args[2]))
    elif command == "f1":
        f1(args[0], args[1])
    elif command == "speed":
        speed(args[0], args[1], int(args[2]) if len(args) > 2 else 3)
    else:
        sys.exit(__doc__)
