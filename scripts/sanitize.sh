#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer:  scripts/sanitize.sh [address|thread] [SWIFT TEST OPTIONS]  (default address)
# Each sanitizer builds into its own folder (.build-asan, .build-tsan).
set -euo pipefail
source "$(dirname "$0")/common.sh"
KIND="${1:-address}"
shift || true
case "$KIND" in
    address) SCRATCH=.build-asan ;;
    thread) SCRATCH=.build-tsan ;;
    *) echo "usage: scripts/sanitize.sh [address|thread]" >&2; exit 64 ;;
esac
ensure_swift
ensure_readline
# LeakSanitizer reports the Swift runtime's and Dispatch's process-lifetime caches as leaks;
# leaks are not what this run looks for.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
swift build --build-tests --sanitize="$KIND" --scratch-path "$SCRATCH"
swift test --skip-build --sanitize="$KIND" --scratch-path "$SCRATCH" "$@"
