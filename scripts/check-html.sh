#!/usr/bin/env bash
# Opens `export html` output in headless Chromium (Debian's package, installed if missing),
# takes a screenshot, and checks that the page shows highlighted entities, quotations and dates:
# each highlight colour of the page's style sheet must cover a visible area of the screenshot.
#   scripts/check-html.sh [ARTICLE] [OUT.png]
set -euo pipefail
source "$(dirname "$0")/common.sh"
ARTICLE="${1:-examples/bundestag-de.txt}"
SHOT="${2:-$(mktemp --suffix=.png)}"
if ! command -v chromium >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
build_release
PAGE="$(mktemp --suffix=.html)"
"$LOUPE" --no-plugins --ref 2024-06-18 -e "load $ARTICLE; export html $PAGE" >/dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1800 \
    --screenshot="$SHOT" "file://$PAGE" >/dev/null 2>&1
echo "screenshot: $SHOT"
python3 - "$SHOT" <<'PY'
import struct, sys, zlib
# A minimal PNG reader (8-bit RGB/RGBA, non-interlaced: what Chromium writes).
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat = 8, b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, color = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
channels = {2: 3, 6: 4}[color]
raw, stride = zlib.decompress(idat), width * channels
rows, previous, i = [], bytearray(stride), 0
for _ in range(height):
    kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
    for x in range(stride):
        a = line[x - channels] if x >= channels else 0
        b, c = previous[x], previous[x - channels] if x >= channels else 0
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line); previous = line
counts = {}
for line in rows:
    for x in range(0, stride, channels):
        key = bytes(line[x:x + 3]); counts[key] = counts.get(key, 0) + 1
wanted = {"person (PER)": "f3c4f0", "place (LOC)": "b9e6f5", "organisation (ORG)": "c9d3ff",
          "quotation": "e3f6f9", "date": "e6f4e6"}
failed = False
for name, hex_color in wanted.items():
    pixels = counts.get(bytes.fromhex(hex_color), 0)
    ok = pixels >= 200
    failed |= not ok
    print(f"{'ok' if ok else 'MISSING':8} {name:20} #{hex_color}: {pixels} pixels")
sys.exit(1 if failed else 0)
PY
