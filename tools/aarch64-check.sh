#!/bin/sh
# Shows on an x86-64 Debian machine that the kiosk runs on a Raspberry Pi's 64-bit ARM:
# Debian 12's own aarch64 Python (what Raspberry Pi OS bookworm has) runs under qemu-user,
# imports the aarch64 wheels from PyPI (PySide6-Essentials 6.8.0.2, the last version whose
# wheels need no more than glibc 2.36) and draws the kiosk's first screen offscreen.
#
#   sudo tools/aarch64-check.sh [OUTPUT_FOLDER]
#
# Needs root (debootstrap) and: apt-get install debootstrap qemu-user-static
# Takes a few minutes the first time (downloads ~60 MB of Debian packages and ~50 MB of
# wheels, kept in OUTPUT_FOLDER, default /var/tmp/lupus-kiosk-aarch64), then about a minute.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/var/tmp/lupus-kiosk-aarch64}
PYSIDE=${PYSIDE:-6.8.0.2}
PIP=${PIP:-$ROOT/.venv/bin/pip}
[ -x "$PIP" ] || PIP="python3 -m pip"
mkdir -p "$OUT"

for tool in debootstrap qemu-aarch64-static dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "aarch64-check: $tool is not installed" >&2; exit 2; }
done

# A Debian 12 arm64 root, downloaded and unpacked but not configured (that would need the
# kernel's binfmt support): qemu runs its Python directly with -L, which is all this needs.
if [ ! -x "$OUT/sysroot/usr/bin/python3.11" ]; then
    debootstrap --arch=arm64 --foreign --variant=minbase \
        --include=python3,libegl1,libgl1,libopengl0,libfontconfig1,libfreetype6,libxkbcommon0,libdbus-1-3,libglib2.0-0 \
        bookworm "$OUT/debootstrap" http://deb.debian.org/debian >"$OUT/debootstrap.log"
    mkdir -p "$OUT/sysroot"
    for deb in "$OUT"/debootstrap/var/cache/apt/archives/*.deb; do
        dpkg-deb -x "$deb" "$OUT/sysroot"
    done
fi

# The wheels as pip on a Pi would choose them (glibc 2.36: manylinux_2_31 is the newest that fits).
if [ ! -d "$OUT/site/PySide6" ]; then
    $PIP install --quiet --no-warn-conflicts --target "$OUT/site" --python-version 3.11 --implementation cp \
        --only-binary=:all: --platform manylinux_2_31_aarch64 --platform manylinux_2_28_aarch64 \
        --platform manylinux_2_17_aarch64 --platform manylinux2014_aarch64 \
        "PySide6-Essentials==$PYSIDE" PyYAML segno
fi

echo "qemu: $(qemu-aarch64-static --version | head -n 1)"
QT_QPA_PLATFORM=offscreen PYTHONPATH="$OUT/site" PYTHONDONTWRITEBYTECODE=1 \
    qemu-aarch64-static -L "$OUT/sysroot" "$OUT/sysroot/usr/bin/python3.11" \
    "$ROOT/tools/first_frame.py" "$OUT/first-screen-aarch64.png"
