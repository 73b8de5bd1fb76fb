"""Turning the display off and on with the platform's own power control.

X11: DPMS through `xset` (Debian package x11-xserver-utils). wlroots compositors (cage,
labwc): the wlr output-power protocol through `wlopm` (package wlopm). Anywhere else, or when
the tool is missing or fails, the black-screen fallback: it only records the state, and the
caller shows black (which it does in every case while asleep, so a panel that takes a moment
to go dark, or does not, shows nothing). The reason for the fallback is logged once.

Each command runs with a short timeout, so a hung X server or compositor holds up its caller
for at most COMMAND_TIMEOUT seconds; the kiosk calls all of this from a thread of its own
(kiosk.background_power), never from the UI thread. No method raises, but for CommandsStopped
from a StoppableRunner stopped at shutdown. No Qt: the platform's name is passed in.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Callable, Mapping, Sequence

log = logging.getLogger("kiosk")

COMMAND_TIMEOUT = 2.0

# How a command is run: (argv, environment, timeout) -> the finished process. Tests pass a fake.
Runner = Callable[[Sequence[str], Mapping[str, str], float], "subprocess.CompletedProcess[str]"]
# Where a tool is on PATH (None: not installed). Tests pass a fake.
Finder = Callable[[str], "str | None"]

# The X server's own screen saver and DPMS timers would blank the screen while the kiosk is
# awake: both are turned off, but DPMS itself stays enabled, because `xset dpms force off` needs
# it. Only the kiosk turns the display off. Two commands: xset stops at an option the server
# cannot do (no DPMS extension) without sending the ones before it, and the screen saver must
# be off in any case.
XSET_NO_SCREEN_SAVER = ("xset", "s", "off", "s", "noblank")
XSET_DPMS_NO_TIMERS = ("xset", "+dpms", "dpms", "0", "0", "0")
XSET_QUERY = ("xset", "q")
XSET_OFF = ("xset", "dpms", "force", "off")
XSET_ON = ("xset", "dpms", "force", "on")
WLOPM_LIST = ("wlopm",)
WLOPM_OFF = ("wlopm", "--off", "*")
WLOPM_ON = ("wlopm", "--on", "*")


def run_command(argv: Sequence[str], environ: Mapping[str, str],
                timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a command with a timeout, its output captured (raises OSError or TimeoutExpired)."""
    return subprocess.run(list(argv), env=dict(environ), capture_output=True, text=True,
                          timeout=timeout, check=False)


class CommandsStopped(Exception):
    """A StoppableRunner was stopped (the kiosk is shutting down): what it ran is abandoned."""


class StoppableRunner:
    """Runs commands as run_command does, and `stop()` ends the one running at once.

    At shutdown the kiosk does not wait out a hung command's timeout: it stops the runner,
    which kills the command, and every later call raises CommandsStopped. Each command runs in
    a process group of its own, and a timeout or stop() kills the whole group, so nothing it
    started (a wrapper script's children) is left behind.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: subprocess.Popen[str] | None = None
        self._stopped = False

    def __call__(self, argv: Sequence[str], environ: Mapping[str, str],
                 timeout: float) -> subprocess.CompletedProcess[str]:
        with self._lock:
            if self._stopped:
                raise CommandsStopped(" ".join(argv))
            process = subprocess.Popen(list(argv), env=dict(environ), stdin=subprocess.DEVNULL,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                       start_new_session=True)
            self._running = process
        with process:  # its pipes closed and the process reaped however this ends
            try:
                stdout, stderr = process.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill_group(process)
                raise
            finally:
                with self._lock:
                    self._running = None
        if self._stopped:
            raise CommandsStopped(" ".join(argv))
        return subprocess.CompletedProcess(list(argv), process.returncode, stdout, stderr)

    def stop(self) -> None:
        """Kill the command running now, if any; run no more."""
        with self._lock:
            self._stopped = True
            if self._running is not None:
                _kill_group(self._running)


def _kill_group(process: subprocess.Popen[str]) -> None:
    # The group's id is the command's own process id: not given to another process while the
    # command is not reaped or anything of its group lives.
    with contextlib.suppress(ProcessLookupError):  # all of it has ended already
        os.killpg(process.pid, signal.SIGKILL)


class DisplayPower:
    """The black-screen fallback, and the base of the real backends: records whether the
    display is meant to be off; the caller shows black while it is."""

    name = "black screen"

    def __init__(self) -> None:
        self.is_off = False

    def off(self) -> None:
        """Turn the display off (here: only remember it; the caller shows black)."""
        self.is_off = True

    def on(self) -> None:
        """Turn the display on again."""
        self.is_off = False

    def close(self) -> None:
        """At shutdown, after the last on(): let go of whatever switches the display."""


class CommandDisplayPower(DisplayPower):
    """A backend that runs a command to turn the display off and another to turn it on.

    When a command fails it logs why, once, and from then on behaves as the black-screen
    fallback (the caller's black screen still covers the display).
    """

    def __init__(self, name: str, off_command: Sequence[str], on_command: Sequence[str],
                 environ: Mapping[str, str], runner: Runner = run_command) -> None:
        super().__init__()
        self.name = name
        self._commands = {True: tuple(off_command), False: tuple(on_command)}
        self._environ = dict(environ)
        self._runner = runner
        self._working = True

    def off(self) -> None:
        """Turn the display off with the platform's power control."""
        super().off()
        self._switch(True)

    def on(self) -> None:
        """Turn the display on with the platform's power control."""
        super().on()
        self._switch(False)

    def _switch(self, off: bool) -> None:
        if not self._working:
            return
        problem = command_problem(self._commands[off], self._environ, self._runner)
        if problem is not None:
            log.warning("Display power: %s failed (%s); from now on the display is only "
                        "shown black while asleep", self.name, problem)
            self._working = False
            self.name = DisplayPower.name


def command_problem(argv: Sequence[str], environ: Mapping[str, str], runner: Runner) -> str | None:
    """Run a command; what went wrong, in a few words, or None if it succeeded."""
    return command_output(argv, environ, runner)[0]


def command_output(argv: Sequence[str], environ: Mapping[str, str],
                   runner: Runner) -> tuple[str | None, str]:
    """Run a command: (what went wrong or None, what it printed on its standard output)."""
    command = " ".join(argv)
    try:
        result = runner(argv, environ, COMMAND_TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"'{command}' did not finish within {COMMAND_TIMEOUT:g} s", ""
    except OSError as error:
        return f"'{command}' could not be run: {error.strerror or error}", ""
    if result.returncode != 0:
        said = " ".join((result.stderr or result.stdout or "").split())[:200]
        return f"'{command}' exited with status {result.returncode}" + (f": {said}" if said else ""), ""
    return None, result.stdout or ""


def choose_display_power(platform_name: str, environ: Mapping[str, str], *,
                         runner: Runner = run_command, which: Finder = shutil.which) -> DisplayPower:
    """The display power control for Qt's platform `platform_name` ("xcb", "wayland", ...).

    On X11 it also turns off the X server's own blanking (see XSET_NO_SCREEN_SAVER). Logs which
    backend it chose, and for the fallback why; never raises.
    """
    power, reason = _choose(platform_name, environ, runner, which)
    if reason is None:
        log.info("Display power: %s", power.name)
    else:
        log.warning("Display power: no power control (%s); while asleep the display is only "
                    "shown black", reason)
    return power


def _choose(platform_name: str, environ: Mapping[str, str], runner: Runner,
            which: Finder) -> tuple[DisplayPower, str | None]:
    if platform_name == "xcb":
        power, reason = _x11(environ, runner, which)
        if reason is not None and environ.get("WAYLAND_DISPLAY"):
            # An X11 kiosk inside a Wayland session talks to Xwayland, which has no DPMS
            # (labwc's, for one): the compositor's own control turns the panel off.
            wayland, wayland_reason = _wlroots(environ, runner, which)
            if wayland_reason is None:
                log.info("Display power: X11 has none here (%s); using the Wayland compositor's",
                         reason)
                return wayland, None
        return power, reason
    if platform_name.startswith("wayland"):
        return _wlroots(environ, runner, which)
    return DisplayPower(), f"Qt's '{platform_name}' platform has no display power control"


def _x11(environ: Mapping[str, str], runner: Runner,
         which: Finder) -> tuple[DisplayPower, str | None]:
    """DPMS through xset, or the fallback and why."""
    if which("xset") is None:
        return DisplayPower(), "xset is not installed: install the package x11-xserver-utils"
    problem = (command_problem(XSET_NO_SCREEN_SAVER, environ, runner)
               or command_problem(XSET_DPMS_NO_TIMERS, environ, runner))
    if problem is not None:
        return DisplayPower(), problem
    # xset succeeds even where the X server has no DPMS extension (Xvfb, Xwayland, some
    # virtual machines' servers): its report says whether DPMS is really there and on.
    problem, report = command_output(XSET_QUERY, environ, runner)
    if problem is not None:
        return DisplayPower(), problem
    if "DPMS is Enabled" not in report:
        missing = "does not have the DPMS Extension" in report
        return DisplayPower(), ("the X server has no DPMS extension" if missing else
                                "DPMS could not be turned on ('xset q' does not say 'DPMS is Enabled')")
    return CommandDisplayPower("X11 DPMS (xset)", XSET_OFF, XSET_ON, environ, runner), None


def _wlroots(environ: Mapping[str, str], runner: Runner,
             which: Finder) -> tuple[DisplayPower, str | None]:
    """The wlr output-power protocol through wlopm, or the fallback and why."""
    if which("wlopm") is None:
        return DisplayPower(), "wlopm is not installed: install the package wlopm"
    # wlopm lists the outputs' power states, and fails where the compositor does not
    # offer the protocol (GNOME and KDE do not; cage and labwc do).
    problem = command_problem(WLOPM_LIST, environ, runner)
    if problem is not None:
        return DisplayPower(), f"the compositor has no wlr output power management: {problem}"
    return CommandDisplayPower("wlr output power (wlopm)", WLOPM_OFF, WLOPM_ON, environ, runner), None
