# shellcheck shell=sh
# Shell functions shared by the check scripts in tools/ (sourced, not run):
#   . "$ROOT/tools/checks.sh"
# check counts failures in the caller's `failures` variable.

check() {  # check DESCRIPTION COMMAND...: run a check, print PASS or FAIL with its output
    description=$1; shift
    if result=$("$@" 2>&1); then
        echo "  PASS $description${result:+: $result}"
    else
        echo "  FAIL $description${result:+: $result}"
        failures=$((failures + 1))
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
