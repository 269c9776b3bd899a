#!/usr/bin/env bash
# Renders the app icon from app.svg: PNGs 16-512 (and the window's copies in src/main/resources/icons),
# app.ico (Windows) and app.icns (macOS). Needs: apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do rsvg-convert -w $s -h $s app.svg -o app-$s.png; done
convert app-16.png app-24.png app-32.png app-48.png app-64.png app-128.png app-256.png app.ico
png2icns app.icns app-16.png app-32.png app-48.png app-128.png app-256.png app-512.png >/dev/null
for s in 16 32 48 64 128 256; do cp app-$s.png ../src/main/resources/icons/; done
