#!/bin/sh
# Renders icons/intake.svg at every size the desktops ask for, then packs the Windows .ico and the macOS .icns.
# The results are committed, so only a change to the drawing needs this script. Tools: rsvg-convert (Debian's
# librsvg2-bin) and a JDK.
set -eu
cd "$(dirname "$0")"

if ! command -v rsvg-convert >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y librsvg2-bin
  else
    echo "rsvg-convert is missing: install Debian's librsvg2-bin (sudo apt-get install librsvg2-bin)." >&2
    exit 1
  fi
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" intake.svg --output "png/intake-$size.png"
done
"$java" IconPack.java png intake.ico intake.icns
echo "icons: $(ls png | wc -l) PNGs, intake.ico, intake.icns"
