#!/usr/bin/env bash
# Tries the README's Quick start on freshly installed, minimal Debian systems, the way a
# clinic's new machine would meet it: for each release, debootstrap a minbase root (no Python:
# setup.sh installs the distribution's python3), put a fresh clone of the project in
# /opt/lupus-kiosk, then inside the root (chroot, as root):
#   1. ./setup.sh test && .venv/bin/python -m pytest        (the README's test command)
#   2. ./setup.sh, then the kiosk started offscreen for a few seconds, which must log its
#      first frame                                             (the README's install command)
#   3. ./setup.sh again as an unprivileged user: must install nothing and ask for no sudo
# and print the figures: times, test counts, disk use.
#
# Usage (as root; needs network access to a Debian mirror and to PyPI):
#   tools/fresh-machine.sh [--overlay] [--keep] [--workdir DIR] [REPO] [RELEASE...]
# REPO defaults to the repository this script is in, RELEASE to "bookworm trixie"; "noble"
# (Ubuntu 24.04, from archive.ubuntu.com, main and universe) may be named too.
# The clone is of REPO's committed HEAD; --overlay then copies REPO's uncommitted working
# tree over it (tracked and new files, deleted ones removed; never .git or .venv), to try
# changes before they are committed. --keep leaves the roots in the work folder.
# MIRROR and SECURITY_MIRROR override the Debian mirrors (default: the first Debian mirror in
# this machine's apt sources, else deb.debian.org).
set -euo pipefail

overlay="" keep="" workdir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --overlay) overlay=yes ;;
        --keep) keep=yes ;;
        --workdir) workdir="$2"; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "fresh-machine: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
    shift
done
repo="$(cd "${1:-$(dirname "$0")/..}" && git rev-parse --show-toplevel)"
[ $# -gt 0 ] && shift
if [ $# -gt 0 ]; then releases=("$@"); else releases=(bookworm trixie); fi

[ "$(id -u)" -eq 0 ] || { echo "fresh-machine: run as root (debootstrap and chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || {
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
}

host_mirror="$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list \
    /etc/apt/sources.list.d/ 2>/dev/null | head -n 1 | tr -d ' ' || true)"
mirror="${MIRROR:-${host_mirror:-http://deb.debian.org/debian}}"
security="${SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
workdir="${workdir:-$(mktemp -d /var/tmp/fresh-machine.XXXXXX)}"
mkdir -p "$workdir"
commit="$(git -C "$repo" rev-parse --short HEAD)"
echo "fresh-machine: $repo at $commit${overlay:+ plus its working tree}," \
    "mirror $mirror, work folder $workdir"

mounted=()
unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
}
cleanup() {
    unmount_all
    [ -n "$keep" ] || rm -rf --one-file-system "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_into() {  # ROOT: the kernel file systems a running system has
    local root="$1"
    mount -t proc proc "$root/proc" && mounted+=("$root/proc")
    mount -t sysfs sysfs "$root/sys" && mounted+=("$root/sys")
    mount --bind /dev "$root/dev" && mounted+=("$root/dev")
    mount --bind /dev/pts "$root/dev/pts" && mounted+=("$root/dev/pts")
    mount -t tmpfs tmpfs "$root/run" && mounted+=("$root/run")
    mkdir -p -m 0700 "$root/run/user/0"
}

# A login shell's environment in the root, nothing from this machine's (its pip settings,
# PATH and Pythons stay out): as root over SSH, with a session's runtime folder. pip is
# pointed at the certificates this machine trusts, copied in, for networks whose proxy
# inspects TLS (pip otherwise trusts only its own list).
in_root() {  # ROOT COMMAND...
    local root="$1"; shift
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        XDG_RUNTIME_DIR=/run/user/0 ${ca:+PIP_CERT=/etc/fresh-machine-ca.crt} "$@"
}

copy_project() {  # DEST: a clone of the repository, plus its working tree with --overlay
    local dest="$1"
    git clone -q --no-hardlinks "$repo" "$dest"
    if [ -n "$overlay" ]; then
        (cd "$repo" && git ls-files -z --cached --others --exclude-standard \
            | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
            | tar --null -T - -cf -) | tar -C "$dest" -xf -
        (cd "$repo" && git ls-files -z --deleted) | (cd "$dest" && xargs -0 -r rm -f --)
    fi
    rm -rf "$dest/.venv"
}

seconds() { echo $(( $(date +%s) - $1 )); }
size() { du -sxh "$1" 2>/dev/null | cut -f1; }

declare -A figures
failed=0
for release in "${releases[@]}"; do
    root="$workdir/$release"
    log="$workdir/$release.log"
    echo "== $release: debootstrap (minbase) into $root; log in $log"
    start=$(date +%s)
    options=(--variant=minbase) from="$mirror" components=main updates_from="$security" script=()
    if [ "$release" = noble ]; then
        from="${UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu}" components="main universe"
        updates_from="${UBUNTU_SECURITY_MIRROR:-http://security.ubuntu.com/ubuntu}"
        options+=(--components=main,universe)
        # Debian's debootstrap makes Ubuntu systems with its "gutsy" script. Without Ubuntu's
        # keyring on this machine the download cannot be checked; say so rather than stop.
        [ -f /usr/share/debootstrap/scripts/noble ] \
            || script=(/usr/share/debootstrap/scripts/gutsy)
        if [ -f /usr/share/keyrings/ubuntu-archive-keyring.gpg ]; then
            options+=(--keyring=/usr/share/keyrings/ubuntu-archive-keyring.gpg)
        else
            echo "   (no Ubuntu keyring here: the Ubuntu packages' signatures are not checked)"
            options+=(--no-check-gpg)
        fi
    fi
    debootstrap "${options[@]}" "$release" "$root" "$from" "${script[@]}" >"$log" 2>&1 || {
        echo "fresh-machine: debootstrap $release failed; see $log" >&2; failed=1; continue
    }
    cat > "$root/etc/apt/sources.list" <<SOURCES
deb $from $release $components
deb $from $release-updates $components
deb $updates_from $release-security $components
SOURCES
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    ca=""
    [ ! -f /etc/ssl/certs/ca-certificates.crt ] \
        || { cp /etc/ssl/certs/ca-certificates.crt "$root/etc/fresh-machine-ca.crt" && ca=yes; }
    mount_into "$root"
    base_time=$(seconds "$start")
    base_size=$(size "$root")
    copy_project "$root/opt/lupus-kiosk"
    echo "   base system $base_size in ${base_time}s"

    echo "== $release: ./setup.sh test && .venv/bin/python -m pytest"
    start=$(date +%s)
    set +e
    in_root "$root" sh -c 'cd /opt/lupus-kiosk && ./setup.sh test && .venv/bin/python -m pytest' \
        >"$workdir/$release-test.log" 2>&1
    test_rc=$?
    set -e
    test_time=$(seconds "$start")
    python="$(in_root "$root" python3 --version 2>&1 || echo "no python3")"
    summary="$(grep -E '^=+ .*(passed|failed|error).* in [0-9.]+s' "$workdir/$release-test.log" | tail -n 1 \
        | sed -E 's/^=+ //; s/ =+$//' || true)"
    echo "   $python; exit $test_rc in ${test_time}s: ${summary:-no pytest summary (see $workdir/$release-test.log)}"
    [ "$test_rc" -eq 0 ] || { failed=1; tail -n 40 "$workdir/$release-test.log"; }

    echo "== $release: ./setup.sh && .venv/bin/lupus-kiosk --windowed (offscreen, 20 s)"
    start=$(date +%s)
    set +e
    in_root "$root" sh -c 'cd /opt/lupus-kiosk && ./setup.sh &&
        QT_QPA_PLATFORM=offscreen timeout 20 .venv/bin/lupus-kiosk --windowed' \
        >"$workdir/$release-run.log" 2>&1
    run_rc=$?
    set -e
    run_time=$(seconds "$start")
    if grep -q "The first screen is on display" "$workdir/$release-run.log" && [ "$run_rc" -eq 124 ]; then
        run="first screen drawn, still running when stopped after 20 s"
    else
        run="FAILED (exit $run_rc)"; failed=1; tail -n 30 "$workdir/$release-run.log"
    fi
    echo "   $run; ${run_time}s"

    echo "== $release: ./setup.sh again, as an unprivileged user"
    start=$(date +%s)
    set +e
    again="$(in_root "$root" runuser -u nobody -- sh -c 'cd /opt/lupus-kiosk && ./setup.sh' 2>&1)"
    again_rc=$?
    set -e
    again_time=$(seconds "$start")
    if [ "$again_rc" -eq 0 ] && [ -z "$again" ]; then
        again="installed nothing, asked for nothing"
    else
        again="FAILED (exit $again_rc): $again"; failed=1
    fi
    echo "   $again; ${again_time}s"

    unmount_all
    figures[$release]="$python | base ${base_size} | test: ${summary:-?} (exit $test_rc), ${test_time}s incl. set-up \
| kiosk: $run | second setup.sh: ${again_time}s | venv $(size "$root/opt/lupus-kiosk/.venv") | whole root $(size "$root")"
done

echo
echo "== Figures ($(date -u +%Y-%m-%d), $commit${overlay:+ + working tree})"
for release in "${releases[@]}"; do
    echo "$release: ${figures[$release]:-did not finish}"
done
exit "$failed"
