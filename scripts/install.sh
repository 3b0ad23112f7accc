#!/usr/bin/env bash
# Builds a release and installs `loupe` with everything it loads (models, lexicons) under a
# prefix, so that it runs from any folder:  scripts/install.sh [PREFIX]   (default ~/.local)
#   PREFIX/lib/loupe/      the executable and its resource bundles
#   PREFIX/bin/loupe       a link to it (put PREFIX/bin on your PATH)
set -euo pipefail
source "$(dirname "$0")/common.sh"
PREFIX="${1:-$HOME/.local}"
ensure_swift
ensure_readline
swift build -c release --product loupe
BIN="$(swift build -c release --show-bin-path)"
mkdir -p "$PREFIX/lib/loupe" "$PREFIX/bin"
rm -rf "$PREFIX/lib/loupe/"*.resources
cp "$BIN/loupe" "$PREFIX/lib/loupe/loupe"
for bundle in "$BIN"/*.resources; do
    [ -e "$bundle" ] && cp -R "$bundle" "$PREFIX/lib/loupe/"
done
ln -sf "$PREFIX/lib/loupe/loupe" "$PREFIX/bin/loupe"
echo "installed $PREFIX/bin/loupe"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "add $PREFIX/bin to your PATH, e.g. echo 'export PATH=\"$PREFIX/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
