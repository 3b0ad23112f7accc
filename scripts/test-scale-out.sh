#!/usr/bin/env bash
# Runs Loupe under GNU parallel and Apache Spark (RDD.pipe) and checks that the joined output
# equals one `loupe analyze` over the same JSONL (Tests/EndToEndTests/ScaleOutTests.swift).
# Installs GNU parallel (Debian) and pyspark (PyPI, into .build-spark/venv; needs Java 17).
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_swift
ensure_readline
ensure_parallel
if ! command -v java >/dev/null 2>&1; then
    echo "error: Spark needs Java (Debian: apt-get install openjdk-17-jre-headless)" >&2
    exit 1
fi
if [ ! -x .build-spark/venv/bin/python ] || ! .build-spark/venv/bin/python -c "import pyspark" 2>/dev/null; then
    python3 -m venv .build-spark/venv
    .build-spark/venv/bin/pip install -q pyspark
fi
swift build --build-tests
LOUPE_SPARK_PYTHON="$ROOT/.build-spark/venv/bin/python" swift test --skip-build --filter ScaleOutTests
