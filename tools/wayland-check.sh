#!/bin/sh
# Runs the kiosk under cage and under labwc on wlroots' headless backend (no screen, no GPU)
# and checks what a patient would meet: the kiosk fullscreen, answering a tap, and still
# there, fullscreen, after Alt+F4, Escape and Alt+Space. labwc runs with the kiosk's own
# configuration (resources/deploy/labwc); then with labwc's defaults and keys that take
# fullscreen away and minimize, which the kiosk must undo by itself. Screenshots and logs are
# kept in the output folder.
#
#   tools/wayland-check.sh [cage] [labwc]         (both by default)
#
# Needs, as a NON-ROOT user: cage (0.2.0, or 0.3.1 and later), labwc, grim, wtype, wlrctl
# (Debian 13: apt-get install cage labwc grim wtype wlrctl), Qt's Wayland client libraries
# (setup.sh installs them), and the kiosk's Python: PYTHON, or .venv/bin/python.
# OUT names the output folder (default: a new temporary one).
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3
OUT=${OUT:-$(mktemp -d -t kiosk-wayland-XXXXXX)}
mkdir -p "$OUT"
failures=0

if [ "$(id -u)" = 0 ]; then
    echo "wayland-check: run this as a non-root user, as a kiosk runs" >&2
    exit 2
fi
for tool in grim wtype wlrctl; do
    command -v "$tool" >/dev/null || { echo "wayland-check: $tool is not installed" >&2; exit 2; }
done

# wlroots without a screen or input devices, drawing in software.
export WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 WLR_HEADLESS_OUTPUTS=1
export XDG_RUNTIME_DIR="$OUT/runtime"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM  # the kiosk must find the compositor by itself
export PYTHONDONTWRITEBYTECODE=1
KIOSK="$PYTHON $ROOT/main.py --fullscreen --no-speech"

check() {  # check DESCRIPTION COMMAND...: run a check, print PASS or FAIL with its output
    description=$1; shift
    if result=$("$@" 2>&1); then
        echo "  PASS $description${result:+: $result}"
    else
        echo "  FAIL $description${result:+: $result}"
        failures=$((failures + 1))
    fi
}

shots() { "$PYTHON" "$ROOT/tools/wayland_shots.py" "$@"; }

kiosk_alive() {  # a process whose command line is the kiosk's (no procps needed)
    grep -lsa -F "$ROOT/main.py" /proc/[0-9]*/cmdline | grep -vq "/proc/self/" && echo "running"
}

fullscreen_state() {  # labwc tells its windows' state (foreign-toplevel); cage has no such list
    if [ "$1" = labwc ]; then
        wlrctl toplevel find app_id:lupus-kiosk state:fullscreen && echo "lupus-kiosk is fullscreen"
    else
        echo "cage shows its one window fullscreen"
    fi
}

wait_for() {  # wait_for SECONDS COMMAND...: poll until the command succeeds
    limit=$1; shift
    i=0
    while ! "$@" >/dev/null 2>&1; do
        i=$((i + 1))
        [ "$i" -gt $((limit * 5)) ] && return 1
        sleep 0.2
    done
}

run() {  # run cage|labwc
    compositor=$1
    dir="$OUT/$compositor"
    mkdir -p "$dir"
    log="$dir/kiosk.log"
    : > "$log"
    echo "$compositor: $($compositor -v 2>&1 | head -n 1)"
    if [ "$compositor" = cage ]; then
        # shellcheck disable=SC2086  # KIOSK is a command line
        cage -d -- sh -c "exec $KIOSK 2>>'$log'" > "$dir/compositor.log" 2>&1 &
    else
        config="$dir/config"
        mkdir -p "$config"
        cp "$ROOT/resources/deploy/labwc/rc.xml" "$ROOT/resources/deploy/labwc/menu.xml" \
           "$ROOT/resources/deploy/labwc/environment" "$config/"
        # The deployed autostart starts the kiosk through systemd; here it is started directly.
        printf 'exec %s 2>>"%s"\n' "$KIOSK" "$log" > "$config/autostart"
        labwc -C "$config" > "$dir/compositor.log" 2>&1 &
    fi
    compositor_pid=$!
    if ! wait_for 90 grep -q "The first screen is on display" "$log"; then
        echo "  FAIL the kiosk did not show its first screen; see $log and $dir/compositor.log"
        failures=$((failures + 1))
        kill "$compositor_pid" 2>/dev/null; wait "$compositor_pid" 2>/dev/null
        return
    fi
    WAYLAND_DISPLAY=$(cd "$XDG_RUNTIME_DIR" && ls wayland-* | grep -v lock | head -n 1)
    export WAYLAND_DISPLAY
    sleep 2  # the first screen's contents settle (the checked content replaces the quick one)

    grim "$dir/1-first.png"
    check "the kiosk fills the output (1-first.png)" shots covers "$dir/1-first.png"
    check "fullscreen" fullscreen_state "$compositor"
    if [ "$compositor" = labwc ]; then
        check "a native Wayland window with the app id lupus-kiosk" wlrctl toplevel find app_id:lupus-kiosk
    fi

    previous="$dir/1-first.png"
    n=2
    for keys in "Alt+F4:-M alt -k F4 -m alt" "Escape:-k Escape" "Alt+Space:-M alt -k space -m alt"; do
        name=${keys%%:*}
        # shellcheck disable=SC2086  # the wtype arguments are words
        wtype ${keys#*:}
        sleep 1
        shot="$dir/$n-after-$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').png"
        grim "$shot"
        check "$name refused: the kiosk is still running" kiosk_alive
        check "$name refused: nothing opened or closed ($(basename "$shot"))" shots same "$previous" "$shot"
        check "$name refused: still fullscreen" fullscreen_state "$compositor"
        previous=$shot
        n=$((n + 1))
    done

    if [ "$compositor" = cage ]; then
        # Each wlrctl call adds a virtual pointer and removes it again. cage has no pointer
        # between calls, so a click reaches it before the kiosk has taken its new pointer
        # (WAYLAND_DEBUG shows the enter after the buttons) and is lost. labwc keeps its
        # pointer, and the tap is checked there.
        echo "  SKIP a tap: cannot be synthesized under headless cage with wlrctl"
        kill "$compositor_pid" 2>/dev/null
        wait "$compositor_pid" 2>/dev/null
        unset WAYLAND_DISPLAY
        return
    fi
    # A tap on "Español" at the top right: a virtual pointer (wlrctl) goes to the top left
    # corner, then to the button, and clicks. wlroots has no virtual touch device.
    width=$("$PYTHON" -c "from PySide6.QtGui import QImage; print(QImage('$previous').width())")
    wlrctl pointer move -10000 -10000
    wlrctl pointer move $((width - 60)) 28
    wlrctl pointer click left
    sleep 1.5
    grim "$dir/$n-after-tap.png"
    check "a tap on Español changed the screen ($n-after-tap.png)" shots differ "$previous" "$dir/$n-after-tap.png"
    check "after the tap: still fullscreen" shots covers "$dir/$n-after-tap.png"
    # Each pointer device wlrctl adds makes the compositor draw its arrow; the kiosk hides it.
    grim -c "$dir/$n-after-tap-with-cursor.png"
    check "no cursor drawn over the kiosk ($n-after-tap-with-cursor.png)" \
        shots same "$dir/$n-after-tap.png" "$dir/$n-after-tap-with-cursor.png"

    # labwc's own defaults plus two keys that take fullscreen away and minimize, as its window
    # menu would: the kiosk must take both back by itself. (Reloaded with SIGHUP.)
    cat > "$config/rc.xml" <<'RC'
<?xml version="1.0"?>
<labwc_config><keyboard><default />
  <keybind key="W-f"><action name="ToggleFullscreen" /></keybind>
  <keybind key="W-d"><action name="Iconify" /></keybind>
</keyboard></labwc_config>
RC
    kill -HUP "$compositor_pid"
    sleep 1
    wtype -M logo -k f -m logo
    sleep 1.5
    check "fullscreen taken away by labwc: taken back" fullscreen_state labwc
    wtype -M logo -k d -m logo
    sleep 1.5
    check "minimized by labwc: back, in front" \
        wlrctl toplevel find app_id:lupus-kiosk state:unminimized state:active state:fullscreen
    grim "$dir/$((n + 1))-back-after-minimize.png"
    check "back after minimize: the kiosk fills the output" shots covers "$dir/$((n + 1))-back-after-minimize.png"
    # With labwc's default bindings Alt+Space does open a window menu: the check above would see it.
    wtype -M alt -k space -m alt
    sleep 1
    grim "$dir/$((n + 2))-default-labwc-alt-space.png"
    check "control: with labwc's defaults, Alt+Space opens a menu ($((n + 2))-default-labwc-alt-space.png)" \
        shots differ "$dir/$((n + 1))-back-after-minimize.png" "$dir/$((n + 2))-default-labwc-alt-space.png"

    kill "$compositor_pid" 2>/dev/null
    wait "$compositor_pid" 2>/dev/null
    unset WAYLAND_DISPLAY
}

for compositor in "${@:-cage labwc}"; do
    for c in $compositor; do
        if command -v "$c" >/dev/null; then
            run "$c"
        else
            echo "$c: not installed, skipped"
        fi
    done
done
echo "Screenshots and logs: $OUT"
if [ "$failures" -gt 0 ]; then
    echo "wayland-check: $failures check(s) failed"
    exit 1
fi
echo "wayland-check: all checks passed"
