#!/usr/bin/env python3
"""A Loupe external plugin (docs/plugin-protocol.md): flags long sentences.

Loupe starts this program and talks newline-delimited JSON over stdin/stdout:
it says hello, sends documents (with tokens and sentences), and asks it to shut down.
Everything else (logs, debugging) goes to stderr.
"""
import json
import re
import sys

NAME = "long-sentences"
LIMIT = 25  # words, unless the request's options say otherwise (the manifest declares min-words)
VOWELS = re.compile(r"[aeiouyäöüàéèêáíóú]+", re.IGNORECASE)


def syllables(word):
    return max(1, len(VOWELS.findall(word)))


def analyze(doc):
    text = doc["text"]
    limit = doc.get("options", {}).get("min-words", LIMIT)
    words = [(s, e) for s, e in doc["tokens"] if text[s:e][:1].isalnum()]
    spans = []
    for start, end in doc["sentences"]:
        inside = [(s, e) for s, e in words if s >= start and e <= end]
        if len(inside) > limit:
            long_words = [text[s:e] for s, e in inside if syllables(text[s:e]) >= 4]
            spans.append({"start": start, "end": end, "label": "LONG",
                          "data": {"words": len(inside), "long_words": long_words[:10]}})
    return {"id": doc["id"], "spans": spans}


def main():
    for line in sys.stdin:
        message = json.loads(line)
        kind = message.get("type")
        if kind == "hello":
            reply = {"type": "hello", "protocol": 1, "name": NAME, "version": "1.0",
                     "languages": ["de", "en"], "requires": [], "offsets": "codepoint"}
        elif kind == "analyze":
            try:
                reply = {"type": "result", "id": message["id"],
                         "results": [analyze(doc) for doc in message["documents"]]}
            except Exception as error:  # report, do not die
                reply = {"type": "error", "id": message.get("id"), "message": str(error)}
        elif kind == "shutdown":
            return
        else:
            reply = {"type": "error", "id": message.get("id"), "message": f"unknown message type {kind!r}"}
        sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
