"""The staff's way in: the corner gesture, the PIN pad, the panel, and the PIN's hash."""

from __future__ import annotations

import datetime
import logging
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import ConfigError, Settings, parse_settings
from kiosk.controller import Kiosk
from kiosk.pin import (
    LOCKOUT_FILE,
    LOCKOUT_SECONDS,
    MIN_ITERATIONS,
    LockoutFile,
    PinCheck,
    hash_pin,
    verify_pin,
)
from kiosk.usage import Trouble
from kiosk.validate import review_findings
from tests.conftest import FIXTURE_CONTENT_DIR, build_kiosk
from tests.helpers import button_labelled, page, tap, visible_text
from tests.test_usage import exclusive_lock, read_only

ROOT = Path(__file__).resolve().parent.parent
PIN = "2468"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def staffed_kiosk(qtbot, qapp: QApplication, clock: Clock, tmp_path: Path,
                  stored_pin: str | None = None) -> Iterator[Kiosk]:
    """A kiosk with a staff PIN, its clocks in the test's hands, and its data in tmp_path/data."""
    folder = tmp_path / "content"
    if not folder.exists():
        shutil.copytree(FIXTURE_CONTENT_DIR, folder)
    # The fewest iterations a config may have: the quickest PIN check that is allowed.
    settings = Settings(content_dir=folder,
                        staff_pin=stored_pin or hash_pin(PIN, iterations=MIN_ITERATIONS))
    for kiosk in build_kiosk(qtbot, qapp, settings, data=tmp_path / "data"):
        kiosk.staff.pins._clock = clock
        kiosk.staff.taps._clock = clock
        yield kiosk


@pytest.fixture
def staffed(qtbot, qapp: QApplication, clock: Clock, tmp_path: Path) -> Iterator[Kiosk]:
    yield from staffed_kiosk(qtbot, qapp, clock, tmp_path)


def corner_taps(qtbot, kiosk: Kiosk, count: int, clock: Clock, apart: float = 0.3) -> None:
    for _ in range(count):
        qtbot.mouseClick(kiosk.window.staff_corner, Qt.MouseButton.LeftButton)
        clock.now += apart


def enter(qtbot, kiosk: Kiosk, pin: str) -> None:
    pad = kiosk.window.pin_pad
    for digit in pin:
        tap(qtbot, pad.keys[digit])
    tap(qtbot, pad.keys["OK"])


def test_five_quick_touches_in_the_corner_open_the_pin_pad(qtbot, staffed: Kiosk, clock: Clock) -> None:
    corner_taps(qtbot, staffed, 4, clock)
    assert not staffed.window.pin_pad.isVisible()
    corner_taps(qtbot, staffed, 1, clock)
    assert staffed.window.pin_pad.isVisible()
    assert "Staff PIN" in visible_text(staffed.window.pin_pad)


def test_slow_touches_do_not_open_it(qtbot, staffed: Kiosk, clock: Clock) -> None:
    corner_taps(qtbot, staffed, 10, clock, apart=1.0)
    assert not staffed.window.pin_pad.isVisible()


def test_the_right_pin_opens_the_panel(qtbot, staffed: Kiosk, clock: Clock) -> None:
    corner_taps(qtbot, staffed, 5, clock)
    enter(qtbot, staffed, PIN)
    panel = staffed.window.staff_panel
    assert panel.isVisible() and not staffed.window.pin_pad.isVisible()
    shown = visible_text(panel)
    assert "Content version test-1 (en, es)" in shown
    # Files awaiting a medical review are listed for staff (tests/test_reviews.py: which ones).
    findings = review_findings(staffed.library, datetime.date.today())
    assert findings and all(line in shown for line in findings)
    assert "Content last loaded:" in shown and "Running for" in shown
    assert "Today:" in shown and "Last 30 days:" in shown
    tap(qtbot, button_labelled(panel, "Back to patients"))
    assert not panel.isVisible()
    assert page(staffed) == "disclaimer"


def test_five_wrong_pins_lock_the_pad_for_a_minute(qtbot, staffed: Kiosk, clock: Clock) -> None:
    corner_taps(qtbot, staffed, 5, clock)
    pad = staffed.window.pin_pad
    enter(qtbot, staffed, "1111")
    assert "Wrong PIN" in visible_text(pad)
    for _ in range(4):
        enter(qtbot, staffed, "1111")
    assert "Too many wrong PINs" in visible_text(pad)
    enter(qtbot, staffed, PIN)
    assert not staffed.window.staff_panel.isVisible(), "even the right PIN waits out the lock"
    clock.now += LOCKOUT_SECONDS + 1
    enter(qtbot, staffed, PIN)
    assert staffed.window.staff_panel.isVisible()


def test_the_pad_closes_itself_on_idle(qtbot, staffed: Kiosk, clock: Clock) -> None:
    corner_taps(qtbot, staffed, 5, clock)
    assert staffed.window.pin_pad.isVisible()
    staffed.idle.expired.emit()
    assert not staffed.window.pin_pad.isVisible()


def test_exit_leaves_the_kiosk(qtbot, staffed: Kiosk, clock: Clock, monkeypatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(staffed, "_exit", exits.append)
    corner_taps(qtbot, staffed, 5, clock)
    enter(qtbot, staffed, PIN)
    tap(qtbot, button_labelled(staffed.window.staff_panel, "Exit kiosk"))
    assert exits == [0]


def test_without_a_pin_the_pad_says_how_to_set_one(qtbot, kiosk: Kiosk) -> None:
    for _ in range(5):
        qtbot.mouseClick(kiosk.window.staff_corner, Qt.MouseButton.LeftButton)
    assert "No staff PIN is set" in visible_text(kiosk.window.pin_pad)


def test_hash_pin_prints_the_config_line(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "hash-pin"], input="2468\n",
                            capture_output=True, text=True, timeout=60, check=True)
    line = result.stdout.strip()
    assert line.startswith('staff_pin: "pbkdf2_sha256$')
    stored = line.split('"')[1]
    assert PIN not in stored and verify_pin(PIN, stored) and not verify_pin("2469", stored)
    config = tmp_path / "config.yaml"
    config.write_text(line + "\n", encoding="utf-8")
    assert parse_settings(["--config", str(config)]).staff_pin == stored


def test_a_plain_pin_in_the_config_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text('staff_pin: "2468"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="never the PIN itself"):
        parse_settings(["--config", str(config)])


def lock_the_pad(qtbot, kiosk: Kiosk, clock: Clock) -> None:
    corner_taps(qtbot, kiosk, 5, clock)
    for _ in range(5):
        enter(qtbot, kiosk, "97531")
    assert "Too many wrong PINs" in visible_text(kiosk.window.pin_pad)


def test_wrong_pins_and_lockouts_are_logged_without_the_digits(qtbot, staffed: Kiosk, clock: Clock,
                                                                caplog) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    lock_the_pad(qtbot, staffed, clock)
    clock.now += LOCKOUT_SECONDS + 1
    enter(qtbot, staffed, PIN)
    assert staffed.window.staff_panel.isVisible()
    messages = [record.getMessage() for record in caplog.records]
    assert "Wrong staff PIN (1 of 5 before the pad locks)" in messages
    assert "Staff PIN pad locked for 60 s after 5 wrong PINs" in messages
    assert "Staff PIN accepted" in messages
    assert not any("97531" in m or PIN in m for m in messages), "never the digits entered"


def test_the_lockout_holds_through_a_restart(qtbot, qapp: QApplication, clock: Clock,
                                             tmp_path: Path) -> None:
    for kiosk in staffed_kiosk(qtbot, qapp, clock, tmp_path):
        lock_the_pad(qtbot, kiosk, clock)
    assert (tmp_path / "data" / LOCKOUT_FILE).exists(), "kept beside the usage figures"
    clock.now += 21  # the kiosk is restarted 21 s into the lockout
    for kiosk in staffed_kiosk(qtbot, qapp, clock, tmp_path):
        corner_taps(qtbot, kiosk, 5, clock)
        assert "Too many wrong PINs. Try again in" in visible_text(kiosk.window.pin_pad)
        enter(qtbot, kiosk, PIN)
        assert not kiosk.window.staff_panel.isVisible(), "even the right PIN waits out the lock"


class WallClock(Clock):
    """time.time() for a LockoutFile, moved by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0


def test_a_kept_lockout_counts_down_by_the_wall_clock_and_never_exceeds_a_lockout(tmp_path: Path) -> None:
    stored = hash_pin(PIN, iterations=MIN_ITERATIONS)
    wall = WallClock()
    kept = tmp_path / LOCKOUT_FILE
    first = PinCheck(stored, Clock(), LockoutFile(lambda: kept, wall))
    for _ in range(5):
        assert not first.check("1111")
    wall.now += 21
    after_restart = PinCheck(stored, Clock(), LockoutFile(lambda: kept, wall))
    assert after_restart.seconds_locked() == LOCKOUT_SECONDS - 21
    assert not after_restart.check(PIN)
    # A clock set back by a day must not lock the pad for a day.
    wall.now -= 24 * 3600
    set_back = PinCheck(stored, Clock(), LockoutFile(lambda: kept, wall))
    assert set_back.seconds_locked() == LOCKOUT_SECONDS
    # Once the lockout is over, the right PIN opens; a garbled file is ignored.
    wall.now += 2 * 24 * 3600
    assert PinCheck(stored, Clock(), LockoutFile(lambda: kept, wall)).check(PIN)
    kept.write_text("next tuesday\n", encoding="utf-8")
    assert PinCheck(stored, Clock(), LockoutFile(lambda: kept, wall)).check(PIN)


def test_a_lockout_that_cannot_be_kept_still_locks_the_pad(tmp_path: Path, caplog) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    nowhere = tmp_path / "a-file" / LOCKOUT_FILE  # its folder is a file: nothing can be written
    pins = PinCheck(hash_pin(PIN, iterations=MIN_ITERATIONS), Clock(), LockoutFile(lambda: nowhere))
    for _ in range(5):
        assert not pins.check("1111")
    assert pins.seconds_locked() == LOCKOUT_SECONDS and not pins.check(PIN)
    assert "The PIN lockout cannot be kept" in caplog.text


@pytest.mark.parametrize("iterations", ["0", "1", "99999", "10000001", "2000000000", "9" * 40, "-5", "٣"])
def test_a_pin_hash_with_a_weak_or_absurd_count_is_refused_quickly_and_never_raises(iterations: str) -> None:
    stored = hash_pin(PIN, iterations=MIN_ITERATIONS).replace(f"${MIN_ITERATIONS}$", f"${iterations}$")
    started = time.perf_counter()
    assert verify_pin(PIN, stored) is False
    assert time.perf_counter() - started < 0.5
    assert verify_pin(PIN, hash_pin(PIN, iterations=MIN_ITERATIONS))
    assert verify_pin("\ud800", hash_pin(PIN, iterations=MIN_ITERATIONS)) is False


def test_no_pin_entered_on_the_pad_can_stop_the_kiosk(qtbot, qapp: QApplication, clock: Clock,
                                                      tmp_path: Path, monkeypatch) -> None:
    # A hash the config would refuse (0 iterations), given to the kiosk directly.
    broken = hash_pin(PIN, iterations=MIN_ITERATIONS).replace(f"${MIN_ITERATIONS}$", "$0$")
    for kiosk in staffed_kiosk(qtbot, qapp, clock, tmp_path, stored_pin=broken):
        exits: list[int] = []
        monkeypatch.setattr(kiosk, "_exit", exits.append)
        corner_taps(qtbot, kiosk, 5, clock)
        with qtbot.captureExceptions() as exceptions:
            for pin in ["", "0", PIN, "123456789012", "1111", "1111", "1111"]:
                enter(qtbot, kiosk, pin)
        assert exceptions == [] and exits == []
        assert not kiosk.window.staff_panel.isVisible()


def test_the_panel_says_why_figures_are_unavailable_and_does_not_wait(
        qtbot, staffed: Kiosk, clock: Clock) -> None:
    usage = staffed.usage
    assert usage is not None
    usage.record("session_start")
    assert usage.flush(timeout=5)
    with exclusive_lock(usage.path):
        usage.record("idle_reset")  # waits in memory for the lock
        started = time.perf_counter()
        staffed.staff.usage_report()
        # Two waits of FIGURES_WAIT (0.04 s); without them, two of a second each.
        assert time.perf_counter() - started < 0.3
        corner_taps(qtbot, staffed, 5, clock)
        enter(qtbot, staffed, PIN)
        shown = visible_text(staffed.window.staff_panel)
    assert "Usage figures cannot be shown now: the usage database is locked by another program." in shown
    assert "nothing yet" not in shown


def test_the_panel_says_when_usage_is_not_recorded(qtbot, qapp: QApplication, clock: Clock,
                                                   tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sqlite3, "connect", read_only)
    for kiosk in staffed_kiosk(qtbot, qapp, clock, tmp_path):
        assert kiosk.usage is not None
        qtbot.waitUntil(lambda log=kiosk.usage: log.problem is not None, timeout=5000)
        assert kiosk.usage.problem is Trouble.READ_ONLY
        corner_taps(qtbot, kiosk, 5, clock)
        enter(qtbot, kiosk, PIN)
        shown = visible_text(kiosk.window.staff_panel)
        assert ("New usage is not being recorded: the data folder or the usage database is "
                "read-only (see the log).") in shown



def test_reload_content_checks_in_the_background_and_shows_the_outcome(
        qtbot, staffed: Kiosk, clock: Clock) -> None:
    """Reload never holds up the screen: the panel says it is checking, then what it found."""
    corner_taps(qtbot, staffed, 5, clock)
    enter(qtbot, staffed, PIN)
    panel = staffed.window.staff_panel
    index = staffed.source.directory / "kiosk.yaml"
    index.write_text(index.read_text(encoding="utf-8") + "\n  - [unclosed\n", encoding="utf-8")
    with qtbot.waitSignal(staffed.source.loaded, timeout=10_000):
        tap(qtbot, button_labelled(panel, "Reload content"))
        assert "Checking the content folder" in visible_text(panel)
    shown = visible_text(panel)
    assert "Checking the content folder" not in shown
    assert "Content error: " in shown and "kiosk.yaml" in shown
    assert page(staffed) == "disclaimer"  # what patients see is unchanged
