#!/bin/sh
# Set up the kiosk on Debian or Ubuntu, from a fresh machine:
#   ./setup.sh         the system libraries Qt needs, then .venv with the kiosk in it
#   ./setup.sh test    the same, plus the test tools
# Safe to run again: it installs only what is missing.
set -eu
cd "$(dirname "$0")"

extra=""
case "${1:-}" in
    "") ;;
    test) extra="[test]" ;;
    dev) extra="[dev]" ;;
    *) echo "usage: ./setup.sh [test|dev]" >&2; exit 2 ;;
esac

python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "setup.sh: the kiosk needs Python 3.11 or newer; this is $(python3 --version)" >&2
    exit 1
}

# Libraries that Qt's wheels load but do not ship: OpenGL/EGL, fonts, keyboard maps, D-Bus,
# GLib, and the xcb libraries of the X11 platform plugin (Qt's documented list for X11);
# PulseAudio's client library for Qt's text-to-speech; and the offline voice it speaks with
# (speech-dispatcher driving espeak-ng, which has English and Spanish voices).
packages="libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
libpulse0 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
python3 -c 'import ensurepip, venv' 2>/dev/null || packages="$packages python3-venv"

missing=""
for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $package"
done
if [ -n "$missing" ]; then
    echo "setup.sh: installing system packages:$missing"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".$extra"
