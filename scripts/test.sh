#!/usr/bin/env bash
# Installs what is missing and runs the whole test suite (debug build).
# Tests that need ../shared/data skip when it is absent.
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_swift
ensure_readline
ensure_parallel
swift build --build-tests
swift test --skip-build "$@"
