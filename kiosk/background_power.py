"""The display's power control, chosen and driven from a thread of its own: the UI thread never
waits on `xset` or `wlopm`.

A hung X server or compositor holds a command until its timeout (kiosk.display_power); that
holds this thread, never a touch. Until the choice is made the kiosk has the black-screen
fallback, which is what a sleeping kiosk shows in any case; then the display is brought to the
state last asked for. The chosen backend never leaves the thread: only its name is read from
the UI thread (the staff panel), so nothing of it is shared but a string. No Qt.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from collections.abc import Mapping, Sequence
from typing import Protocol

from kiosk.display_power import (
    COMMAND_TIMEOUT,
    CommandsStopped,
    DisplayPower,
    Finder,
    StoppableRunner,
    choose_display_power,
)

log = logging.getLogger("kiosk")

NOT_CHOSEN = "black screen until the power control is chosen"
# After close() has stopped the runner, how long the thread may take to notice (it was killed:
# at once, in practice).
STOPPED_WAIT = 1.0


class Commands(Protocol):
    """Runs a command as kiosk.display_power.Runner does, and can be stopped (StoppableRunner;
    tests give a fake)."""

    def __call__(self, argv: Sequence[str], environ: Mapping[str, str],
                 timeout: float) -> subprocess.CompletedProcess[str]: ...

    def stop(self) -> None: ...


class BackgroundDisplayPower(DisplayPower):
    """The display power control DisplayRest drives: off() and on() note the state and return at
    once; a worker thread chooses the platform's control (choose_display_power), then switches
    the display to each state asked for, in order.

    What is asked while a command runs is merged: the thread then switches to the last state
    asked, if the display is not in it already (an off quickly followed by an on ends on, and
    runs no command if the display was not turned off yet). A failing command falls back to the
    black screen, logged once, as kiosk.display_power does.
    """

    def __init__(self, platform_name: str, environ: Mapping[str, str], *,
                 runner: Commands | None = None, which: Finder = shutil.which,
                 close_wait: float = COMMAND_TIMEOUT) -> None:
        super().__init__()
        self.name = NOT_CHOSEN
        self._runner: Commands = runner if runner is not None else StoppableRunner()
        self._close_wait = close_wait
        self._changed = threading.Condition()  # guards is_off, _closing and _chosen
        self._closing = False
        self._chosen = False
        self._thread = threading.Thread(target=self._run, args=(platform_name, dict(environ), which),
                                        name="display-power", daemon=True)
        self._thread.start()

    @property
    def running(self) -> bool:
        """Whether the worker thread is still there (until close())."""
        return self._thread.is_alive()

    def off(self) -> None:
        """Ask for the display off; the thread turns it off."""
        self._ask(True)

    def on(self) -> None:
        """Ask for the display on; the thread turns it on."""
        self._ask(False)

    def _ask(self, off: bool) -> None:
        with self._changed:
            self.is_off = off
            self._changed.notify()

    def close(self) -> None:
        """At shutdown, after the last on(): wait at most `close_wait` seconds for the display
        to be turned on (milliseconds on a working display), then kill what still runs; the
        thread ends. A choice not made yet is not waited for: it is dropped at once."""
        with self._changed:
            self._closing = True
            choosing = not self._chosen
            self._changed.notify()
        if choosing:
            self._runner.stop()
        self._thread.join(self._close_wait)
        self._runner.stop()
        self._thread.join(STOPPED_WAIT)
        if self._thread.is_alive():  # a runner that ignores stop(): the daemon thread is left
            log.warning("Display power: a command did not end at shutdown")

    def _run(self, platform_name: str, environ: Mapping[str, str], which: Finder) -> None:
        try:
            backend = choose_display_power(platform_name, environ, runner=self._runner, which=which)
            with self._changed:
                self._chosen = True
            self.name = backend.name
            while True:
                with self._changed:
                    self._changed.wait_for(lambda: self.is_off != backend.is_off or self._closing)
                    if self.is_off == backend.is_off:
                        return  # shutting down, and the display is as last asked
                    off = self.is_off
                if off:
                    backend.off()
                else:
                    backend.on()
                self.name = backend.name  # "black screen" after a failure
        except CommandsStopped:
            pass  # the kiosk is shutting down: what ran is abandoned
        except Exception:  # a fault here must not pass unseen; the black screen still works
            log.exception("Display power: the power control failed; while asleep the display "
                          "is only shown black")
