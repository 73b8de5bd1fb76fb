#!/bin/sh
# Runs the kiosk under cage and under labwc on wlroots' headless backend (no screen, no GPU)
# and checks what a patient would meet: the kiosk fullscreen, still there, fullscreen, after
# Alt+F4, Escape and Alt+Space, and answering a tap with no cursor drawn. The tap comes from
# tools/wayland_pointer.py, a virtual pointer that stays from the move to the click (under cage,
# a device added just for the click loses it); a control run under cage with the kiosk's
# show_cursor setting shows that the cursor check sees a cursor. labwc runs with the kiosk's own
# configuration (resources/deploy/labwc); then with labwc's defaults and keys that take
# fullscreen away and minimize, which the kiosk must undo by itself. Screenshots and logs are
# kept in the output folder.
#
#   tools/wayland-check.sh [cage] [labwc]         (both by default)
#
# Needs, as a NON-ROOT user: cage (0.2.0, or 0.3.1 and later), labwc, grim, wtype, and wlrctl
# for labwc's window states (Debian 13: apt-get install cage labwc grim wtype wlrctl), Qt's
# Wayland client libraries (setup.sh installs them), and the kiosk's Python: PYTHON, or
# .venv/bin/python (wayland_pointer.py needs nothing more).
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
# Each start gets its own XDG_RUNTIME_DIR (see start); a pointer tool that died must not end
# the script with SIGPIPE: its checks fail instead.
trap '' PIPE
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM  # the kiosk must find the compositor by itself
export PYTHONDONTWRITEBYTECODE=1
KIOSK="$PYTHON $ROOT/main.py --fullscreen --no-speech"

# shellcheck source=tools/checks.sh
. "$ROOT/tools/checks.sh"  # check, wait_for

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

pointer_start() {  # one virtual pointer device, there until pointer_stop; see wayland_pointer.py
    rm -f "$dir/pointer.in"
    mkfifo "$dir/pointer.in"
    "$PYTHON" "$ROOT/tools/wayland_pointer.py" < "$dir/pointer.in" > "$dir/pointer.log" 2>&1 &
    pointer_pid=$!
    exec 3> "$dir/pointer.in"
    pointer_sent=0
    wait_for 10 grep -qx ready "$dir/pointer.log" || echo "  (no virtual pointer: see $dir/pointer.log)"
}

pointer_done() { [ "$(grep -c '^done' "$dir/pointer.log")" -ge "$pointer_sent" ]; }

pointer() {  # pointer move X Y | pointer click: returns once the compositor has handled it
    echo "$*" >&3
    pointer_sent=$((pointer_sent + 1))
    wait_for 10 pointer_done || echo "  (the virtual pointer did not answer '$*': see $dir/pointer.log)"
}

pointer_stop() {  # the device goes away with the end of its input
    exec 3>&-
    wait "$pointer_pid" || echo "  (the virtual pointer failed: see $dir/pointer.log)"
}

tap() {  # tap X Y, as a finger would, with the pointer device there from before the move
    pointer_start
    # The new device gives the seat a pointer, and the kiosk binds it: only a pointer it has
    # bound is told it entered the window, and gets the button. (Without this wait, a click
    # right after the device appears is lost under cage, as with wlrctl.)
    sleep 2
    pointer move "$1" "$2"
    pointer click
}

start() {  # start cage|labwc [KIOSK-OPTIONS]: the compositor with the kiosk in it
    log="$dir/kiosk${2:+-control}.log"
    : > "$log"
    # A runtime folder of its own, so that no socket of an earlier run is taken for this one.
    XDG_RUNTIME_DIR=$(mktemp -d "$OUT/runtime-XXXXXX")
    export XDG_RUNTIME_DIR
    if [ "$1" = cage ]; then
        # shellcheck disable=SC2086  # KIOSK is a command line
        cage -d -- sh -c "exec $KIOSK ${2:-} 2>>'$log'" > "$dir/compositor${2:+-control}.log" 2>&1 &
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
        stop_compositor
        return 1
    fi
    for socket in "$XDG_RUNTIME_DIR"/wayland-*; do
        case $socket in *.lock) ;; *) WAYLAND_DISPLAY=${socket##*/}; break ;; esac
    done
    export WAYLAND_DISPLAY
    sleep 2  # the first screen's contents settle (the checked content replaces the quick one)
}

stop_compositor() {
    kill "$compositor_pid" 2>/dev/null
    wait "$compositor_pid" 2>/dev/null
    unset WAYLAND_DISPLAY
}

cursor_control() {  # the kiosk under cage with its show_cursor setting: the cursor check sees it
    printf 'show_cursor: true\n' > "$dir/show-cursor.yaml"
    start cage "--config $dir/show-cursor.yaml" || return
    tap "$tap_x" "$tap_y"
    sleep 1.5
    grim "$dir/control-cursor-1.png"
    pointer move "$away_x" "$away_y"
    sleep 1
    grim "$dir/control-cursor-2.png"
    pointer_stop
    check "control: with show_cursor: true, the same check sees the cursor (control-cursor-*.png)" \
        shots differ-near "$dir/control-cursor-1.png" "$dir/control-cursor-2.png" \
        "$tap_x,$tap_y" "$away_x,$away_y"
    stop_compositor
}

run() {  # run cage|labwc
    compositor=$1
    dir="$OUT/$compositor"
    mkdir -p "$dir"
    echo "$compositor: $($compositor -v 2>&1 | head -n 1)"
    start "$compositor" || return

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

    # A tap on "Español" at the top right, with a pointer device that stays from the move to
    # the click (wlroots has no virtual touch device).
    size=$("$PYTHON" -c "from PySide6.QtGui import QImage; i = QImage('$previous'); print(i.width(), i.height())")
    width=${size% *} height=${size#* }
    tap_x=$((width - 60)) tap_y=28
    tap "$tap_x" "$tap_y"
    sleep 1.5
    grim "$dir/$n-after-tap.png"
    check "a tap on Español changed the screen ($n-after-tap.png)" shots differ "$previous" "$dir/$n-after-tap.png"
    check "after the tap: still fullscreen" shots covers "$dir/$n-after-tap.png"
    # The compositor draws a cursor into the picture itself (headless: a software cursor), so
    # it shows in every shot: the pointer moves to the left margin, and the kiosk's pixels
    # around the old and the new place must not change.
    away_x=8 away_y=$((height / 2))
    pointer move "$away_x" "$away_y"
    sleep 1
    grim "$dir/$n-after-tap-pointer-moved.png"
    check "no cursor drawn over the kiosk ($n-after-tap-pointer-moved.png)" \
        shots same-near "$dir/$n-after-tap.png" "$dir/$n-after-tap-pointer-moved.png" \
        "$tap_x,$tap_y" "$away_x,$away_y"
    pointer_stop

    if [ "$compositor" = cage ]; then
        stop_compositor
        cursor_control
        return
    fi

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

    stop_compositor
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
