#!/bin/sh
# Renders the PNG sizes of the application icon from sparecloud.svg (needs
# rsvg-convert from librsvg2-bin). The PNGs are committed: Qt draws them
# without the SVG plugin, and the build needs no SVG renderer.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" sparecloud.svg -o "sparecloud-$size.png"
done
