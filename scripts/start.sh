#!/usr/bin/env bash
# Installs what is missing, builds Loupe (release) and opens the REPL on a sample article.
#   scripts/start.sh [FILE]     (default: examples/bundestag-de.txt)
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_swift
ensure_readline
swift build -c release --product loupe
exec .build/release/loupe "${1:-examples/bundestag-de.txt}"
