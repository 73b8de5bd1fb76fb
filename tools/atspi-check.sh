#!/bin/sh
# Runs the kiosk on a virtual X screen (Xvfb) with its accessibility tree on the AT-SPI bus, as
# a screen reader (Orca) meets it, and runs tools/atspi-check.py against it: the roles and names
# of the disclaimer, home's tiles, every topic, the glossary words, the QR codes and Take this
# with me, against what the kiosk's audio guide says. With "orca", Orca itself then runs against
# the kiosk, keys move its focus, and what Orca would say is printed from its debug log; it must
# have said "I understand" and the disclaimer's glossary words, and no bare "Heading." or
# "layered pane"; then the same in Spanish ("Español" pressed over AT-SPI first): "Entiendo",
# and the glossary words in Spanish.
#
#   tools/atspi-check.sh [orca]
#
# Needs (Debian 12/13): apt-get install xvfb dbus at-spi2-core python3-pyatspi, and for "orca":
# orca xdotool (Orca speaks through speech-dispatcher; without a voice it still logs what it
# would say). The kiosk's Python: PYTHON, or .venv/bin/python; the check's: ATSPI_PYTHON, or the
# system's python3 (pyatspi is not on PyPI). SCREEN names the X display (default :58).
# OUT names the output folder (default: a new temporary one): the kiosk's log, the tree, Orca's.
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3
ATSPI_PYTHON=${ATSPI_PYTHON:-/usr/bin/python3}
SCREEN=${SCREEN:-:58}

# A session bus of its own, where the kiosk and the check find the same accessibility bus
# (started by D-Bus on the first request, as on a desktop).
if [ "${ATSPI_CHECK_OWN_BUS:-}" != yes ]; then
    command -v dbus-run-session >/dev/null || { echo "atspi-check: dbus is not installed" >&2; exit 2; }
    ATSPI_CHECK_OWN_BUS=yes exec dbus-run-session -- sh "$0" "$@"
fi
command -v Xvfb >/dev/null || { echo "atspi-check: Xvfb is not installed" >&2; exit 2; }
"$ATSPI_PYTHON" -c "import pyatspi" 2>/dev/null || {
    echo "atspi-check: $ATSPI_PYTHON has no pyatspi (apt-get install python3-pyatspi)" >&2; exit 2; }

OUT=${OUT:-$(mktemp -d -t kiosk-atspi-XXXXXX)}
mkdir -p "$OUT"
export PYTHONDONTWRITEBYTECODE=1
# The kiosk's data (usage figures, log) and settings go to the output folder, not the user's.
export XDG_DATA_HOME="$OUT/data" XDG_CONFIG_HOME="$OUT/config" XDG_CACHE_HOME="$OUT/cache"
export DISPLAY="$SCREEN" QT_QPA_PLATFORM=xcb
# Qt puts its tree on the bus only when asked to, or when a screen reader is on.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
unset WAYLAND_DISPLAY

# shellcheck source=tools/checks.sh
. "$ROOT/tools/checks.sh"  # check, wait_for

pids=""
# shellcheck disable=SC2317  # called by the trap
stop_all() {  # what this script started, newest first
    for pid in $pids; do
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
}
trap stop_all EXIT
trap 'exit 1' INT TERM

Xvfb "$SCREEN" -screen 0 1280x800x24 -nolisten tcp > "$OUT/xvfb.log" 2>&1 &
pids="$! $pids"
wait_for 10 test -e "/tmp/.X11-unix/X${SCREEN#:}" || { echo "atspi-check: Xvfb did not start; see $OUT/xvfb.log" >&2; exit 2; }

start_kiosk() {  # start_kiosk LOG: a new kiosk on the disclaimer; its pid in kiosk_pid
    # The kiosk's own speech is off: Orca is the voice here.
    "$PYTHON" "$ROOT/main.py" --windowed --no-speech > "$1" 2>&1 &
    kiosk_pid=$!
    pids="$kiosk_pid $pids"
    wait_for 90 grep -q "The first screen is on display" "$1" && return
    echo "atspi-check: the kiosk did not show its first screen; see $1" >&2
    exit 2
}

stop() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; }

said() {  # said FILE: what Orca said, one line each (a text's lines joined by " / "), from its debug log
    awk -v q="'" '
        { if (index($0, " - SPEECH OUTPUT: " q)) { line = substr($0, index($0, "SPEECH OUTPUT: " q) + 16); on = 1 }
          else if (on) { sub(/^ +/, ""); line = line " / " $0 } }
        on && line ~ (q " *[{]") { sub(q " *[{].*", "", line); print line; on = 0 }
    ' "$1"
}

key() {  # key NAME: one key to the kiosk, and time for Orca to speak
    xdotool key "$1"
    sleep 1.5
}

orca_run() {  # orca_run en|es: Orca on a new kiosk in that language, as keys move through
              # the disclaimer, home and a topic; what it says is checked against the kiosk's words
    lang=$1
    case "$lang" in
        en) understand="I understand"; word="glossary word. Press Enter for its meaning" ;;
        es) understand="Entiendo"; word="palabra del glosario. Pulse Intro para saber" ;;
    esac
    debug="$OUT/orca-debug-$lang.txt"
    for tool in orca xdotool; do
        command -v "$tool" >/dev/null || { echo "atspi-check: $tool is not installed" >&2; return 2; }
    done
    start_kiosk "$OUT/kiosk-orca-$lang.log"
    if [ "$lang" = es ]; then  # pressed as a screen reader presses it; the screen is built anew
        "$ATSPI_PYTHON" "$ROOT/tools/atspi-check.py" --press "Español" \
            || { echo "atspi-check: could not press Español" >&2; return 1; }
    fi
    # Orca's speech is on, with no speech server: with no sound card, speech-dispatcher never
    # answers Orca's first "stop talking" and Orca hangs. Orca still logs each thing it would
    # say. (Speech turned off, with -d speech, would also silence what Orca says of a change,
    # such as a new description of the focused text, from its log.) Its settings are in the
    # output folder (XDG_DATA_HOME), not the user's.
    mkdir -p "$OUT/data/orca"
    printf '%s\n' '{"general": {"speechServerFactory": ""},' \
        ' "profiles": {"default": {"profile": ["Default", "default"], "speechServerFactory": ""}},' \
        ' "pronunciations": {}, "keybindings": {}}' > "$OUT/data/orca/user-settings.conf"
    # (Not --replace: that kills every Orca of this user, on any display.)
    orca -d braille --debug-file="$debug" > "$OUT/orca-$lang.log" 2>&1 &
    orca_pid=$!
    pids="$orca_pid $pids"
    if ! wait_for 30 grep -q "ATSPI registry initialized" "$debug"; then
        echo "atspi-check: Orca did not start; see $OUT/orca-$lang.log and $debug" >&2
        return 1
    fi
    # No window manager: the keys go to the window that has X's input focus.
    xdotool mousemove 640 400 search --class lupus-kiosk windowfocus
    sleep 1
    i=0
    # Down through the disclaimer to its button (asked over AT-SPI: Orca's log is written late)
    while ! "$ATSPI_PYTHON" "$ROOT/tools/atspi-check.py" --focused "$understand"; do
        i=$((i + 1))
        [ "$i" -gt 40 ] && break
        key Down
    done
    for k in Return Down Down Return Down Down Down; do key "$k"; done
    stop "$orca_pid"
    stop "$kiosk_pid"
    echo
    echo "== What Orca said, kiosk in '$lang' (Down through the disclaimer, Enter on $understand;"
    echo "   Down, Down, Enter on a topic; Down x3), from $debug:"
    said "$debug" | sed 's/^/  /'
    said "$debug" | grep -q "^$understand" || { echo "atspi-check: Orca never said '$understand'" >&2; return 1; }
    # The disclaimer's glossary words: the focus stays on their paragraph, whose description says
    # the word the keys are on (Orca speaks the change).
    said "$debug" | grep -q "$word" || { echo "atspi-check: Orca said no glossary word ('$word')" >&2; return 1; }
    # A heading's role is said once ("Symptoms heading."), and the page stack is not announced.
    if said "$debug" | grep -q -x -e "Heading." -e "Encabezado." -e "layered pane"; then
        echo "atspi-check: Orca said a bare 'Heading.' ('Encabezado.') or 'layered pane'" >&2
        return 1
    fi
}

start_kiosk "$OUT/kiosk.log"
"$ATSPI_PYTHON" "$ROOT/tools/atspi-check.py" > "$OUT/tree.txt" 2>&1
status=$?
cat "$OUT/tree.txt"
stop "$kiosk_pid"
if [ "${1:-}" = orca ]; then
    orca_run en || status=1
    orca_run es || status=1
fi
echo "Tree and logs: $OUT"
exit "$status"
