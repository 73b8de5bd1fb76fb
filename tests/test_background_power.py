"""The display power control off the UI thread (kiosk/background_power.py) and the runner that
can be stopped at shutdown (kiosk.display_power.StoppableRunner).

A fake runner stands in for xset and holds a chosen command until the test lets it go, as a hung
X server would; the runner's own tests run real processes (sh, sleep, Python).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.background_power import NOT_CHOSEN, BackgroundDisplayPower
from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.display_power import CommandsStopped, StoppableRunner
from kiosk.rest import DisplayState
from tests.conftest import build_kiosk
from tests.helpers import page, tap
from tests.test_attract import HOURS, TUESDAY_NIGHT, Clock
from tests.test_display_power import DPMS_ENABLED, X11, installed

FORCE_OFF = "xset dpms force off"
FORCE_ON = "xset dpms force on"
CHOICE = ["xset s off s noblank", "xset +dpms dpms 0 0 0", "xset q"]


class HeldRunner:
    """Answers as xset on a server with DPMS; the command containing `hold` takes `takes`
    seconds, or until `release()` or `stop()` (a hung X server); commands in `failing` exit
    with status 1. Stopped, it runs nothing more, as StoppableRunner."""

    def __init__(self, hold: str | None = None, failing: tuple[str, ...] = (), takes: float = 5) -> None:
        self.hold = hold
        self.failing = failing
        self.takes = takes
        self.commands: list[str] = []  # each command as it starts
        self.done: list[str] = []  # and as it ends, unless stopped
        self.threads: set[threading.Thread] = set()
        self.held = threading.Event()  # the held command has started
        self.stopped = False
        self._released = threading.Event()

    def __call__(self, argv: Sequence[str], environ: Mapping[str, str],
                 timeout: float) -> subprocess.CompletedProcess[str]:
        command = " ".join(argv)
        self.commands.append(command)
        self.threads.add(threading.current_thread())
        if self.hold is not None and self.hold in command:
            self.held.set()
            self._released.wait(self.takes)  # a test that never lets go fails on what it sees
        if self.stopped:
            raise CommandsStopped(command)
        self.done.append(command)
        status = 1 if command in self.failing else 0
        return subprocess.CompletedProcess(list(argv), status, DPMS_ENABLED,
                                           "xset:  unable to open display" if status else "")

    def release(self) -> None:
        self._released.set()

    def stop(self) -> None:
        self.stopped = True
        self._released.set()

    def switches(self) -> list[str]:
        """The commands run after the choice."""
        return [c for c in self.commands if c not in CHOICE]


def x11_power(runner: HeldRunner, close_wait: float = 2.0) -> BackgroundDisplayPower:
    return BackgroundDisplayPower("xcb", X11, runner=runner, which=installed("xset"), close_wait=close_wait)


@pytest.fixture
def closing() -> Iterator[list[BackgroundDisplayPower]]:
    """Powers to close after the test, whatever it asserted: no thread is left behind."""
    powers: list[BackgroundDisplayPower] = []
    yield powers
    for power in powers:
        power.close()
        assert not power.running


def test_the_choice_runs_in_the_background_and_the_display_sleeps_black_meanwhile(
        qtbot, caplog, closing: list[BackgroundDisplayPower]) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    runner = HeldRunner(hold="xset s off")
    power = x11_power(runner)
    closing.append(power)
    assert runner.held.wait(2)  # the X server hangs on the first command of the choice
    assert power.name == NOT_CHOSEN
    power.off()  # returns at once: the black screen, for now
    assert power.is_off
    runner.release()
    # Chosen: the display, asleep meanwhile, is turned off by the chosen control.
    qtbot.waitUntil(lambda: runner.switches() == [FORCE_OFF], timeout=2000)
    assert runner.commands[:3] == CHOICE and power.name == "X11 DPMS (xset)"
    assert threading.main_thread() not in runner.threads
    assert [r.getMessage() for r in caplog.records] == ["Display power: X11 DPMS (xset)"]


def test_an_off_quickly_followed_by_an_on_ends_on(qtbot, closing: list[BackgroundDisplayPower]) -> None:
    runner = HeldRunner(hold=FORCE_OFF)
    power = x11_power(runner)
    closing.append(power)
    qtbot.waitUntil(lambda: power.name != NOT_CHOSEN, timeout=2000)
    power.off()
    assert runner.held.wait(2)  # turning off takes its time
    power.on()
    power.off()
    power.on()  # the last word: asked while the off still runs
    assert not power.is_off
    runner.release()
    qtbot.waitUntil(lambda: runner.switches() == [FORCE_OFF, FORCE_ON], timeout=2000)
    power.close()
    assert runner.switches() == [FORCE_OFF, FORCE_ON], "the off and on between were merged"


def test_a_failing_command_falls_back_to_black_with_one_log_line(
        qtbot, caplog, closing: list[BackgroundDisplayPower]) -> None:
    runner = HeldRunner(failing=(FORCE_OFF,))
    power = x11_power(runner)
    closing.append(power)
    qtbot.waitUntil(lambda: power.name == "X11 DPMS (xset)", timeout=2000)
    power.off()
    qtbot.waitUntil(lambda: power.name == "black screen", timeout=2000)
    power.on()
    power.off()
    power.on()
    power.close()
    assert runner.switches() == [FORCE_OFF] and not power.is_off
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "'xset dpms force off' exited with status 1" in warnings[0]
    assert "shown black while asleep" in warnings[0]


def test_shutdown_drops_a_choice_not_made_without_waiting(caplog) -> None:
    runner = HeldRunner(hold="xset s off")
    power = x11_power(runner, close_wait=30)
    assert runner.held.wait(2)
    started = time.monotonic()
    power.close()
    assert time.monotonic() - started < 2, "close() waited for the hung choice"
    assert runner.stopped and not power.running
    assert runner.commands == ["xset s off s noblank"]
    assert not caplog.records, "a choice dropped at shutdown is not a failure to report"


def test_shutdown_waits_for_the_last_on(qtbot) -> None:
    runner = HeldRunner(hold=FORCE_ON, takes=0.2)  # a display that takes a moment to light
    power = x11_power(runner, close_wait=10)
    qtbot.waitUntil(lambda: power.name != NOT_CHOSEN, timeout=2000)
    power.off()
    qtbot.waitUntil(lambda: runner.done == [*CHOICE, FORCE_OFF], timeout=2000)
    power.on()  # as the kiosk does at shutdown, just before close()
    power.close()
    assert runner.done == [*CHOICE, FORCE_OFF, FORCE_ON] and not power.running


def test_shutdown_kills_a_hung_command_after_the_wait(qtbot, caplog) -> None:
    runner = HeldRunner(hold=FORCE_ON)
    power = x11_power(runner, close_wait=0.05)
    qtbot.waitUntil(lambda: power.name != NOT_CHOSEN, timeout=2000)
    power.off()
    qtbot.waitUntil(lambda: runner.switches() == [FORCE_OFF], timeout=2000)
    power.on()
    assert runner.held.wait(5)
    power.close()  # the on hangs: given 0.05 s, then stopped
    assert runner.stopped and not power.running
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


# The kiosk with it: a touch is answered while the X server hangs.

@pytest.fixture
def hung_off(qtbot, qapp: QApplication, tmp_path: Path) -> Iterator[tuple[Kiosk, HeldRunner]]:
    runner = HeldRunner(hold=FORCE_OFF, takes=30)  # until the test lets it go
    power = x11_power(runner)
    # At night the display sleeps at once, and a touch wakes it for one session: no timer in
    # the test's way.
    settings = Settings(hours=HOURS, attract_after=600, sleep_after=600)
    try:
        for kiosk in build_kiosk(qtbot, qapp, settings, data=tmp_path, display_power=power,
                                 clock=Clock(TUESDAY_NIGHT)):
            yield kiosk, runner
    finally:
        runner.release()
    assert not power.running, "the kiosk's shutdown ends the display power thread"


def test_a_touch_is_answered_while_the_display_power_command_hangs(
        qtbot, hung_off: tuple[Kiosk, HeldRunner]) -> None:
    kiosk, runner = hung_off
    rest = kiosk.rest
    assert rest is not None and rest.power is not None
    qtbot.waitUntil(lambda: rest.state is DisplayState.ASLEEP, timeout=5000)
    assert runner.held.wait(5)  # turning the display off hangs
    understand = kiosk.screen.findChild(QWidget, "Understand")
    tap(qtbot, understand)  # wakes the kiosk, at once
    assert rest.state is DisplayState.ON and page(kiosk) == "disclaimer"
    tap(qtbot, understand)  # the patient's own touch
    assert page(kiosk) == "home"
    assert runner.switches() == [FORCE_OFF], "still hanging"
    runner.release()
    qtbot.waitUntil(lambda: runner.switches() == [FORCE_OFF, FORCE_ON], timeout=5000)
    assert not rest.power.is_off


# The runner, with real processes.

def alive(pid: int) -> bool:
    """Whether a process runs (a zombie does not: where no init reaps, one may stay a while)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


PATH = {"PATH": os.environ.get("PATH", os.defpath)}


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def with_a_child(pid_file: Path) -> list[str]:
    """A command that starts a child of its own (as a wrapper script would), writes the child's
    process id to `pid_file`, and waits."""
    return ["sh", "-c", 'sleep 30 & echo $! > "$1.part" && mv "$1.part" "$1"; wait', "sh", str(pid_file)]


def test_the_runner_runs_a_command_and_gives_its_output() -> None:
    result = StoppableRunner()(python("print('DPMS is Enabled')"), {}, 10)
    assert result.returncode == 0 and result.stdout == "DPMS is Enabled\n"


def test_a_command_that_overruns_is_killed_with_all_it_started(qtbot, tmp_path: Path) -> None:
    pid_file = tmp_path / "child"
    with pytest.raises(subprocess.TimeoutExpired):
        StoppableRunner()(with_a_child(pid_file), PATH, 0.5)
    child = int(pid_file.read_text())
    qtbot.waitUntil(lambda: not alive(child), timeout=2000)


def test_stop_kills_the_running_command_at_once_and_runs_no_more(qtbot, tmp_path: Path) -> None:
    runner = StoppableRunner()
    pid_file = tmp_path / "child"
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            runner(with_a_child(pid_file), PATH, 30)
        except BaseException as error:  # handed to the test
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(pid_file.exists, timeout=5000)
    started = time.monotonic()
    runner.stop()
    thread.join(5)
    assert not thread.is_alive() and time.monotonic() - started < 3
    assert len(outcome) == 1 and isinstance(outcome[0], CommandsStopped)
    qtbot.waitUntil(lambda: not alive(int(pid_file.read_text())), timeout=2000)
    with pytest.raises(CommandsStopped):
        runner(python("pass"), {}, 10)
