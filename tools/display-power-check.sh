#!/bin/sh
# Checks the kiosk's display power control (kiosk/display_power.py) against real display
# servers, with no screen: the backend it chooses, and the display's power state as the
# platform's own tool reports it after off() and after on().
#
#   X11:     an Xvfb server (kept from resetting when a client leaves); `xset q` must say
#            "Monitor is Off", then "Monitor is On". Xvfb has the DPMS extension only in
#            some builds: without it the check shows that the kiosk says so, falls back to a
#            black screen, and has still turned the X server's screen saver off.
#   Wayland: cage and labwc on wlroots' headless backend; `wlopm` must list the output as
#            "off", then "on". A compositor without the wlr output-power protocol (cage 0.2.0)
#            is checked for the kiosk's fallback, as X11 without DPMS.
#
#   tools/display-power-check.sh [x11] [cage] [labwc]     (all three by default)
#
# Needs: Xvfb and xset (Debian: apt-get install xvfb x11-xserver-utils); for Wayland, as a
# NON-ROOT user, cage and/or labwc and wlopm (Debian 12 and 13: apt-get install cage labwc
# wlopm). PYTHON: the kiosk's Python (default .venv/bin/python, else python3; no Qt needed).
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3
OUT=$(mktemp -d -t kiosk-display-power-XXXXXX)
failures=0

# shellcheck source=tools/checks.sh
. "$ROOT/tools/checks.sh"  # check, wait_for

# The kiosk's own code: choose the backend for a platform, then run the steps given
# (off, on), printing the backend's name, its log and its state after each step.
power() {  # power PLATFORM STEP...
    PYTHONPATH=$ROOT "$PYTHON" - "$@" <<'PY'
import logging
import os
import sys

from kiosk.display_power import choose_display_power

logging.basicConfig(level=logging.INFO, format="    log: %(message)s", stream=sys.stdout)
display = choose_display_power(sys.argv[1], os.environ)
for step in sys.argv[2:]:
    getattr(display, step)()
print(f"    backend: {display.name}; is_off: {display.is_off}")
PY
}

shows() {  # shows TEXT COMMAND...: the command's output contains TEXT (printed: that line)
    text=$1; shift
    "$@" 2>&1 | grep -F -- "$text"
}

x11() {
    echo "x11: Xvfb"
    command -v xset >/dev/null || { echo "  SKIP xset is not installed (x11-xserver-utils)"; return; }
    display=:$((90 + $$ % 100))
    # -noreset: an X server resets its settings when its last client leaves; the kiosk's
    # window is that client in a real session, so without it each xset here would be undone.
    Xvfb "$display" -noreset -nolisten tcp > "$OUT/xvfb.log" 2>&1 &
    server=$!
    export DISPLAY=$display
    if ! wait_for 10 xset q; then
        echo "  FAIL Xvfb did not start; see $OUT/xvfb.log"
        failures=$((failures + 1))
        kill "$server" 2>/dev/null
        return
    fi
    power xcb | tee "$OUT/x11-choose.txt"
    check "the X server's screen saver is off (no blanking of its own)" shows "timeout:  0" xset q
    if xset q | grep -q "DPMS is Enabled"; then
        power xcb off > "$OUT/x11-off.txt"
        check "off(): xset q" shows "Monitor is Off" xset q
        power xcb on > "$OUT/x11-on.txt"
        check "on(): xset q" shows "Monitor is On" xset q
        check "the X server's DPMS timers are off (only the kiosk turns the display off)" \
            shows "Standby: 0" xset q
    else
        check "no DPMS extension: the kiosk says so and falls back to a black screen" \
            grep -F "the X server has no DPMS extension" "$OUT/x11-choose.txt"
    fi
    kill "$server"
    wait "$server" 2>/dev/null
    unset DISPLAY
}

find_socket() {  # the compositor's socket in XDG_RUNTIME_DIR, as WAYLAND_DISPLAY
    for socket in "$XDG_RUNTIME_DIR"/wayland-*; do
        case $socket in *.lock) ;; *) [ -S "$socket" ] && WAYLAND_DISPLAY=${socket##*/} && return 0 ;; esac
    done
    return 1
}

wayland() {  # wayland cage|labwc
    compositor=$1
    echo "$compositor: $($compositor -v 2>&1 | head -n 1)"
    if [ "$(id -u)" = 0 ]; then
        echo "  SKIP run the Wayland checks as a non-root user, as a kiosk runs"
        return
    fi
    command -v wlopm >/dev/null || { echo "  SKIP wlopm is not installed"; return; }
    XDG_RUNTIME_DIR=$(mktemp -d "$OUT/runtime-XXXXXX")
    export XDG_RUNTIME_DIR WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
        WLR_HEADLESS_OUTPUTS=1
    if [ "$compositor" = cage ]; then
        cage -- sleep 120 > "$OUT/cage.log" 2>&1 &
    else
        mkdir -p "$OUT/labwc"
        : > "$OUT/labwc/autostart"
        labwc -C "$OUT/labwc" > "$OUT/labwc.log" 2>&1 &
    fi
    server=$!
    wait_for 20 find_socket
    find_socket
    export WAYLAND_DISPLAY
    before=$(wlopm 2>&1)
    echo "    wlopm before: $before"
    case $before in
        *"does not support wlr-output-power-management"*)
            # Such a compositor (cage 0.2.0, for one) cannot turn its output off for a client.
            power wayland off > "$OUT/$compositor-choose.txt"
            cat "$OUT/$compositor-choose.txt"
            check "no output power protocol: the kiosk says so and falls back to a black screen" \
                grep -F "the compositor has no wlr output power management" "$OUT/$compositor-choose.txt" ;;
        *)
            power wayland off
            check "off(): wlopm lists the output" shows " off" wlopm
            power wayland on
            check "on(): wlopm lists the output" shows " on" wlopm ;;
    esac
    kill "$server"
    wait "$server" 2>/dev/null
    unset WAYLAND_DISPLAY
}

[ $# -gt 0 ] || set -- x11 cage labwc
for what in "$@"; do
    case $what in
        x11) if command -v Xvfb >/dev/null; then x11; else echo "x11: Xvfb is not installed, skipped"; fi ;;
        cage|labwc)
            if command -v "$what" >/dev/null; then wayland "$what"; else echo "$what: not installed, skipped"; fi ;;
        *) echo "usage: tools/display-power-check.sh [x11] [cage] [labwc]" >&2; exit 2 ;;
    esac
done
echo "Logs: $OUT"
if [ "$failures" -gt 0 ]; then
    echo "display-power-check: $failures check(s) failed"
    exit 1
fi
echo "display-power-check: all checks passed"
