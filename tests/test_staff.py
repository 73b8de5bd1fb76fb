"""The staff's way in: the corner gesture, the PIN pad, the panel, and the PIN's hash."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import ConfigError, Settings, parse_settings
from kiosk.controller import Kiosk
from kiosk.pin import LOCKOUT_SECONDS, hash_pin, verify_pin
from kiosk.validate import overdue_pages
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, page, tap, visible_text

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


@pytest.fixture
def staffed(qtbot, qapp: QApplication, clock: Clock, tmp_path: Path) -> Iterator[Kiosk]:
    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content", folder)
    settings = Settings(content_dir=folder, staff_pin=hash_pin(PIN, iterations=1000))
    for kiosk in build_kiosk(qtbot, qapp, settings):
        kiosk.staff.pins._clock = clock
        kiosk.staff.taps._clock = clock
        yield kiosk


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
    assert "Content version 2025.10 (en, es)" in shown
    # Pages past their review age are listed for staff (tests/test_check_content.py: which ones).
    overdue = overdue_pages(staffed.library.original, datetime.date.today())
    assert ("Due for medical review (older than 12 months): " + ", ".join(overdue) in shown) == bool(overdue)
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
