#!/bin/sh
# Checks the kiosk as a clinic installs it with pip or pipx: builds the wheel from this source
# tree, installs it into a fresh virtual environment in a temporary folder and, from another
# folder (never this tree), with its own home and XDG folders and no display:
#   - starts the kiosk (offscreen, --windowed, --no-speech) on the content that comes with it,
#     waits for "The first screen is on display" and stops it with SIGTERM (status 0);
#   - check-content (the bundled content: status 0);
#   - copy-content to a new folder, check-content on the copy (status 0);
#   - hash-pin with a PIN on stdin; a config file with that line and `content:` naming the
#     copy, edited to a new version, and the kiosk started with it shows that version;
#   - export-usage of what those two starts counted.
# Exits non-zero at the first failure, with a line saying which, and keeps the temporary folder.
#
# Usage: tools/check-wheel.sh [PYTHON]       (default: python3; 3.11 or newer)
# pip's own settings apply to the install (for example PIP_CONSTRAINT to pin PySide6).
set -eu

python=${1:-python3}
source_tree=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/check-wheel.XXXXXX")
kiosk_pid=""
passed=""

say() { echo "check-wheel: $*"; }
fail() {
    echo "check-wheel: FAILED: $*" >&2
    echo "check-wheel: everything is kept in $work" >&2
    exit 1
}
cleanup() {
    [ -z "$kiosk_pid" ] || kill -KILL "$kiosk_pid" 2>/dev/null || true
    [ -z "$passed" ] || rm -rf "$work"
}
trap cleanup EXIT

# The kiosk's surroundings: its own home, data and config, no display, no systemd.
mkdir -p "$work/home" "$work/elsewhere" "$work/runtime"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY NOTIFY_SOCKET WATCHDOG_USEC WATCHDOG_PID PYTHONPATH || true

say "building the wheel with $python ($("$python" --version 2>&1))"
"$python" -m venv "$work/venv" || fail "$python cannot make a virtual environment"
pip="$work/venv/bin/python -m pip"
$pip install -q --upgrade pip || fail "cannot update pip in the fresh virtual environment"
# From a clean copy of the tree: setuptools would otherwise reuse a stale build/ folder in it
# (files since deleted would reach the wheel), and the tree itself stays untouched.
mkdir "$work/src"
tar -C "$source_tree" --exclude='./.git' --exclude='./.venv*' --exclude='./.ci/venvs' \
    --exclude='./build' --exclude='./dist' --exclude='*.egg-info' --exclude='__pycache__' \
    --exclude='.*_cache' -cf - . | tar -C "$work/src" -xf - || fail "cannot copy the source tree"
$pip wheel -q --no-deps -w "$work/dist" "$work/src" || fail "the wheel does not build"
wheel=$(ls "$work"/dist/lupus_kiosk-*.whl)
"$work/venv/bin/python" - "$wheel" <<'EOF' || fail "the wheel lacks the kiosk's resources or content"
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
needed = ["kiosk/_resources/theme.qss", "kiosk/_resources/fonts/AtkinsonHyperlegible-Regular.ttf",
          "kiosk/_resources/translations/kiosk_es.qm", "kiosk/_resources/icons/glossary.svg",
          "kiosk/_resources/deploy/lupus-kiosk.service", "kiosk/_resources/kiosk-config.example.yaml",
          "kiosk/_content/kiosk.yaml", "kiosk/_content/es/kiosk.yaml"]
missing = [name for name in needed if name not in names]
print("check-wheel: %d files in %s" % (len(names), sys.argv[1].rsplit("/", 1)[-1]))
if missing:
    sys.exit("check-wheel: not in the wheel: " + ", ".join(missing))
EOF

say "installing it into a fresh virtual environment"
$pip install -q "$wheel" || fail "the wheel does not install"
bin="$work/venv/bin"
cd "$work/elsewhere"
installed=$("$bin/python" -c 'import kiosk; print(kiosk.__file__)')
case "$installed" in
    "$work/venv/"*) say "the kiosk runs from $installed, with PySide6 $("$bin/python" -c 'import PySide6; print(PySide6.__version__)')" ;;
    *) fail "the kiosk is imported from $installed, not from the installed wheel" ;;
esac

# Waits until the kiosk's log holds $1 (60 seconds at most, and only while it runs).
wait_for() {
    waited=0
    until grep -q "$1" "$work/kiosk.log"; do
        kill -0 "$kiosk_pid" 2>/dev/null || { cat "$work/kiosk.log" >&2; fail "the kiosk ended before '$1'"; }
        [ "$waited" -lt 600 ] || { cat "$work/kiosk.log" >&2; fail "no '$1' within 60 seconds"; }
        sleep 0.1
        waited=$((waited + 1))
    done
}

# Starts the kiosk with the arguments given, waits for its first frame and for its content
# (checked in the background just after), then stops it with SIGTERM, which must end it with
# status 0. Its log (stderr) is left in $work/kiosk.log.
start_and_stop() {
    "$bin/lupus-kiosk" --windowed --no-speech "$@" </dev/null >/dev/null 2>"$work/kiosk.log" &
    kiosk_pid=$!
    wait_for "The first screen is on display"
    wait_for "Showing content version"
    kill -TERM "$kiosk_pid"
    status=0
    wait "$kiosk_pid" || status=$?
    kiosk_pid=""
    if [ "$status" -ne 0 ] || grep -q "Traceback" "$work/kiosk.log"; then
        cat "$work/kiosk.log" >&2
        fail "the kiosk ended with status $status after SIGTERM, or logged a traceback"
    fi
}

say "lupus-kiosk --windowed --no-speech (the content that comes with it)"
start_and_stop
[ -s "$XDG_DATA_HOME/lupus-kiosk/logs/kiosk.log" ] || fail "no log file in $XDG_DATA_HOME/lupus-kiosk/logs"
say "  $(grep -o "Showing content version.*" "$work/kiosk.log"), stopped by SIGTERM with status 0"

say "lupus-kiosk check-content"
"$bin/lupus-kiosk" check-content >"$work/check.txt" 2>&1 || { cat "$work/check.txt" >&2; fail "check-content of the bundled content"; }
say "  $(tail -n 1 "$work/check.txt")"

say "lupus-kiosk copy-content clinic-content"
"$bin/lupus-kiosk" copy-content clinic-content >"$work/copy.txt" 2>&1 || { cat "$work/copy.txt" >&2; fail "copy-content"; }
sed 's/^/check-wheel:   /' "$work/copy.txt"
"$bin/lupus-kiosk" copy-content clinic-content >/dev/null 2>&1 && fail "copy-content overwrote a folder"
"$bin/lupus-kiosk" check-content clinic-content >"$work/check.txt" 2>&1 || { cat "$work/check.txt" >&2; fail "check-content of the copy"; }
say "  $(tail -n 1 "$work/check.txt")"

say "lupus-kiosk hash-pin"
echo 2468 | "$bin/lupus-kiosk" hash-pin >"$work/pin.txt" 2>&1 || { cat "$work/pin.txt" >&2; fail "hash-pin"; }
grep -q '^staff_pin: "pbkdf2_sha256\$' "$work/pin.txt" || { cat "$work/pin.txt" >&2; fail "hash-pin printed no staff_pin line"; }
say "  $(cut -c1-40 "$work/pin.txt")..."

say "lupus-kiosk --config kiosk-config.yaml (staff's own content, a new version)"
sed -i 's/^version: .*/version: "check-wheel"/' clinic-content/kiosk.yaml
{ grep '^ *content: ' "$work/copy.txt" | sed 's/^ *//'; cat "$work/pin.txt"; } >kiosk-config.yaml
start_and_stop --config kiosk-config.yaml
grep -q "Showing content version check-wheel" "$work/kiosk.log" || { cat "$work/kiosk.log" >&2; fail "the kiosk did not show the content the config names"; }
say "  showed the copy's version, stopped by SIGTERM with status 0"

say "lupus-kiosk export-usage usage.csv"
"$bin/lupus-kiosk" export-usage usage.csv >"$work/export.txt" 2>&1 || { cat "$work/export.txt" >&2; fail "export-usage"; }
say "  $(cat "$work/export.txt")"

passed=yes
say "passed: the wheel installs and every command works from another folder"
