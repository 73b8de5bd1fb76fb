#!/bin/sh
# Set up the kiosk on Debian or Ubuntu (x86-64) or 64-bit Raspberry Pi OS, from a fresh machine:
#   ./setup.sh         the system libraries Qt needs, then .venv with the kiosk in it
#   ./setup.sh test    the same, plus the test tools
#   ./setup.sh dev     the test tools plus ruff and mypy
# Safe to run again: it installs only what is missing, and nothing (no apt, no sudo, no pip)
# when nothing is. For CI: KIOSK_PYTHON picks the Python (default python3), KIOSK_VENV the
# virtual environment's folder (default .venv), and pip's own PIP_CONSTRAINT pins versions.
set -eu
cd "$(dirname "$0")"

extra=""
case "${1:-}" in
    "") ;;
    test) extra="[test]" ;;
    dev) extra="[dev]" ;;
    *) echo "usage: ./setup.sh [test|dev]" >&2; exit 2 ;;
esac
python="${KIOSK_PYTHON:-python3}"
venv="${KIOSK_VENV:-.venv}"

# Qt publishes its wheels for 64-bit x86 and ARM only. dpkg's architecture is the userland's:
# a 32-bit Raspberry Pi OS reports armhf even on a 64-bit kernel, where uname says aarch64.
arch="$(dpkg --print-architecture 2>/dev/null || uname -m)"
case "$arch" in
    amd64|x86_64|arm64|aarch64) ;;
    armhf|armel|armv6l|armv7l|i386|i686)
        echo "setup.sh: this is a 32-bit system ($arch). The kiosk needs 64-bit Raspberry Pi OS" \
            "(or another 64-bit system): Qt for Python has no 32-bit wheels." >&2
        echo "On a Raspberry Pi 4 or 5, write 'Raspberry Pi OS (64-bit)' to the card with" \
            "Raspberry Pi Imager and run ./setup.sh again." >&2
        exit 1 ;;
    *)
        echo "setup.sh: Qt for Python has no wheels for this architecture ($arch);" \
            "the kiosk runs on 64-bit x86 (amd64) and 64-bit ARM (arm64)." >&2
        exit 1 ;;
esac

# Libraries that Qt's wheels load but do not ship: OpenGL/EGL, fonts, keyboard maps, D-Bus,
# GLib, the xcb libraries of the X11 platform plugin (Qt's documented list for X11) and the
# Wayland client libraries of the Wayland one (cage, labwc); Kerberos' GSSAPI, which Qt's
# network library links to (and with it multimedia, text-to-speech and pyside6-lupdate);
# PulseAudio's client library for Qt's text-to-speech; and the offline voice it speaks with
# (speech-dispatcher driving espeak-ng, which has English and Spanish voices).
# "a|b" means either package will do: Debian 13 and Ubuntu 24.04 renamed some libraries with
# a t64 suffix (64-bit time), and the first name that apt knows is the one installed.
packages="libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
libdbus-1-3 libglib2.0-0t64|libglib2.0-0 libgssapi-krb5-2
libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
libwayland-client0 libwayland-cursor0 libwayland-egl1
libpulse0 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
# A minimal Debian has no Python at all: the system's python3 is then installed with the rest.
if ! command -v "$python" >/dev/null; then
    [ "$python" = python3 ] || { echo "setup.sh: $python is not installed" >&2; exit 1; }
    packages="$packages python3 python3-venv"
elif ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    packages="$packages python3-venv"
fi

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Only dpkg's own records are read here, so a second run asks neither apt nor sudo.
missing=""
for wanted in $packages; do
    found=""
    for package in $(echo "$wanted" | tr '|' ' '); do
        installed "$package" && found=yes && break
    done
    [ -n "$found" ] || missing="$missing $wanted"
done

if [ -n "$missing" ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || {
            echo "setup.sh: these system packages are missing:$missing" >&2
            echo "Run ./setup.sh as root (or install sudo) to install them." >&2
            exit 1
        }
        sudo="sudo"
    fi
    echo "setup.sh: installing system packages:$(echo "$missing" | tr '|' '/')"
    $sudo apt-get update -q
    names=""
    for wanted in $missing; do
        name=""
        for package in $(echo "$wanted" | tr '|' ' '); do
            # A real package has a candidate version; a renamed one is gone or only virtual.
            if LC_ALL=C apt-cache policy "$package" 2>/dev/null | grep -q "Candidate: [^(]"; then
                name="$package"
                break
            fi
        done
        names="$names ${name:-${wanted##*|}}"
    done
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $names
fi

"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "setup.sh: the kiosk needs Python 3.11 or newer; this is $("$python" --version)" >&2
    exit 1
}

# The virtual environment is (re)installed only when what it was made from changes: the
# Python, the optional tools asked for, pyproject.toml or the pinned versions.
recipe="$("$python" -c 'import sys; print(sys.version)') $extra $(cat pyproject.toml \
    ${PIP_CONSTRAINT:-} | cksum)"
if [ -x "$venv/bin/python" ] && [ -f "$venv/.setup-recipe" ] \
        && [ "$(cat "$venv/.setup-recipe")" = "$recipe" ]; then
    exit 0
fi
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e ".$extra"
echo "$recipe" > "$venv/.setup-recipe"
