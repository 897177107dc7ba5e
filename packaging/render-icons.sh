#!/usr/bin/env bash
# Renders the application icon, icons/org.posbridge.PosBridge.svg, into the PNG sizes of the hicolor
# icon theme under icons/hicolor/. Run it after changing the SVG and commit the PNGs, so
# that a build needs no SVG renderer. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail

# Keep in step with POSBRIDGE_ICON_SIZES in the top-level CMakeLists.txt.
SIZES=(16 22 24 32 48 64 128 256 512)

here=$(cd "$(dirname "$0")" && pwd)
source_svg=$here/icons/org.posbridge.PosBridge.svg

if ! command -v rsvg-convert >/dev/null; then
    echo "render-icons.sh: rsvg-convert not found; install it with: apt-get install librsvg2-bin" >&2
    exit 1
fi

for size in "${SIZES[@]}"; do
    target_dir=$here/icons/hicolor/${size}x${size}/apps
    mkdir -p "$target_dir"
    rsvg-convert --width "$size" --height "$size" --format png --output "$target_dir/org.posbridge.PosBridge.png" "$source_svg"
    echo "rendered $target_dir/org.posbridge.PosBridge.png"
done
