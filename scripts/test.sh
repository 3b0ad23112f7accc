#!/usr/bin/env bash
# Installs what is missing and runs the whole test suite, as CI does (.ci/run):
#   0. the format lint: `swift format lint --strict` with the checked-in .swift-format (line
#      length 120); `swift format -i -r Sources Plugins Tests examples` fixes what it reports;
#   1. every test, on a build with AddressSanitizer (scripts/sanitize.sh address);
#   2. every fuzz harness for 30 s, two at a time (scripts/fuzz.sh 30).
# Tests that need ../shared/data skip when it is absent.
#   scripts/test.sh --quick [SWIFT TEST OPTIONS]   the tests on a plain debug build only (faster),
#                                                  e.g. --quick --filter TokenizerTests
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_swift
ensure_readline
ensure_parallel
if [ "${1:-}" = "--quick" ]; then
    shift
    swift build --build-tests
    exec swift test --skip-build "$@"
fi
started=$SECONDS
if swift format --version > /dev/null 2>&1; then
    swift format lint --strict --recursive --parallel Sources Plugins Tests examples
    echo "== format lint passed"
else
    echo "== no swift-format in this toolchain: format lint skipped"
fi
scripts/sanitize.sh address "$@"
echo "== test suite passed under AddressSanitizer in $((SECONDS - started)) s; now fuzzing, 30 s per harness"
FUZZ_JOBS=2 scripts/fuzz.sh 30
echo "== all passed in $((SECONDS - started)) s"
