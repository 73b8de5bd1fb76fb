#!/bin/sh
# Shows on an x86-64 Debian machine that the kiosk runs on a Raspberry Pi's 64-bit ARM:
# Debian's own aarch64 Python runs under qemu-user, imports the aarch64 wheels from PyPI that
# pip on a Pi would choose, and draws the kiosk's first screen offscreen. SUITE says which
# Raspberry Pi OS is stood in for:
#   bookworm (the default): Debian 12, Python 3.11, glibc 2.36, so PySide6-Essentials
#            6.8.0.2, the last version whose aarch64 wheels need no more than glibc 2.36;
#   trixie:  Debian 13, Python 3.13, glibc 2.41, and the newest PySide6-Essentials that
#            pyproject.toml's pin allows.
#
#   sudo [SUITE=trixie] [PYSIDE=VERSION] tools/aarch64-check.sh [OUTPUT_FOLDER]
#
# Needs root (debootstrap) and: apt-get install debootstrap qemu-user-static
# Takes a few minutes the first time (downloads 60 to 85 MB of Debian packages and the
# wheels, kept in OUTPUT_FOLDER, default /var/tmp/lupus-kiosk-aarch64-SUITE), then under a
# minute; on a shared machine, run it under `nice -n 19`. QEMU_CPU names the processor
# emulated (default cortex-a72, a Raspberry Pi 4's).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SUITE=${SUITE:-bookworm}
OUT=${1:-/var/tmp/lupus-kiosk-aarch64-$SUITE}
case "$SUITE" in
    bookworm)
        python=python3.11 glib=libglib2.0-0
        requirement="PySide6-Essentials==${PYSIDE:-6.8.0.2}"
        # manylinux_2_31 is the newest tag that glibc 2.36 fits.
        platforms="manylinux_2_31 manylinux_2_28 manylinux_2_17 manylinux2014" ;;
    trixie)
        python=python3.13 glib=libglib2.0-0t64
        # The pin as pyproject.toml has it, so pip takes the newest version it allows.
        requirement=$(grep -o '"PySide6-Essentials[^"]*"' "$ROOT/pyproject.toml" | tr -d '"')
        [ -n "${PYSIDE:-}" ] && requirement="PySide6-Essentials==$PYSIDE"
        platforms="manylinux_2_41 manylinux_2_39 manylinux_2_34 manylinux_2_31 manylinux_2_28 manylinux_2_17 manylinux2014" ;;
    *)
        echo "aarch64-check: SUITE must be bookworm or trixie, not $SUITE" >&2
        exit 2 ;;
esac
PIP=${PIP:-$ROOT/.venv/bin/pip}
[ -x "$PIP" ] || PIP="python3 -m pip"
mkdir -p "$OUT"

for tool in debootstrap qemu-aarch64-static dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "aarch64-check: $tool is not installed" >&2; exit 2; }
done

# A Debian arm64 root, downloaded and unpacked but not configured (that would need the
# kernel's binfmt support): qemu runs its Python directly with -L, which is all this needs.
if [ ! -x "$OUT/sysroot/usr/bin/$python" ]; then
    debootstrap --arch=arm64 --foreign --variant=minbase \
        --include=python3,libegl1,libgl1,libopengl0,libfontconfig1,libfreetype6,libxkbcommon0,libdbus-1-3,$glib \
        "$SUITE" "$OUT/debootstrap" http://deb.debian.org/debian >"$OUT/debootstrap.log"
    mkdir -p "$OUT/sysroot"
    for deb in "$OUT"/debootstrap/var/cache/apt/archives/*.deb; do
        dpkg-deb -x "$deb" "$OUT/sysroot"
    done
fi

# The wheels as pip on a Pi would choose them: for its Python and glibc.
if [ ! -d "$OUT/site/PySide6" ]; then
    platform_options=""
    for tag in $platforms; do
        platform_options="$platform_options --platform ${tag}_aarch64"
    done
    # shellcheck disable=SC2086  # PIP and the platform options are words
    $PIP install --quiet --no-warn-conflicts --target "$OUT/site" --python-version "${python#python}" \
        --implementation cp --only-binary=:all: $platform_options "$requirement" PyYAML segno
fi

# The Raspberry Pi 4's processor (the Pi 5's Cortex-A76 runs all it runs): a wheel built for a
# newer ARM would fail here as on a Pi 4, where qemu's default "max" processor would run it.
# It also spares the emulation of pointer authentication (which Debian 13 builds use, and
# qemu's "max" emulates slowly): 5 to 10 times faster there.
cpu=${QEMU_CPU:-cortex-a72}
echo "qemu: $(qemu-aarch64-static --version | head -n 1), processor $cpu"
QT_QPA_PLATFORM=offscreen PYTHONPATH="$OUT/site" PYTHONDONTWRITEBYTECODE=1 \
    qemu-aarch64-static -cpu "$cpu" -L "$OUT/sysroot" "$OUT/sysroot/usr/bin/$python" \
    "$ROOT/tools/first_frame.py" "$OUT/first-screen-aarch64.png"
