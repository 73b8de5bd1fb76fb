"""Lockdown in --fullscreen: what a patient presses must not close or escape the kiosk."""

from __future__ import annotations

import configparser
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.app import show_fullscreen
from kiosk.config import Settings
from kiosk.controller import Kiosk
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, page, tap

ROOT = Path(__file__).resolve().parent.parent
CLOSE_KEYS = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
]


@pytest.fixture
def locked(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    yield from build_kiosk(qtbot, qapp, Settings(fullscreen=True))


@pytest.mark.parametrize(("key", "modifiers"), CLOSE_KEYS)
def test_close_keys_do_nothing(qtbot, locked: Kiosk, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window = locked.window
    pressed: list[bool] = []
    # Whatever these keys would do anywhere in the program, they never arrive.
    shortcut = QShortcut(QKeySequence(key.value | modifiers.value), window)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(lambda: pressed.append(True))
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, key, modifiers)
    assert pressed == []
    assert window.isVisible()
    assert page(locked) == "disclaimer"


def test_the_window_refuses_to_close_until_staff_release_it(locked: Kiosk) -> None:
    window = locked.window
    assert not window.close(), "a window manager's close (Alt+F4) is refused"
    assert window.isVisible()
    assert locked.lockdown is not None
    locked.lockdown.release()
    assert window.close()


def test_no_context_menu_and_no_right_click(qtbot, locked: Kiosk) -> None:
    label = locked.screen.pages["disclaimer"].findChild(QLabel, "DisclaimerTitle")
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    menus: list[QPoint] = []
    label.customContextMenuRequested.connect(menus.append)
    qtbot.mouseClick(label, Qt.MouseButton.RightButton)
    understand = locked.screen.pages["disclaimer"].understand
    qtbot.mouseClick(understand, Qt.MouseButton.RightButton)
    assert menus == []
    assert page(locked) == "disclaimer", "a right click (or a long press) presses nothing"


def test_two_fingers_do_nothing_harmful(qtbot, locked: Kiosk) -> None:
    tap(qtbot, locked.screen.pages["disclaimer"].understand)
    tap(qtbot, button_labelled(locked.window, "Symptoms"))
    area = locked.screen.pages["symptoms"].scroll_area.viewport()
    device = QTest.createTouchDevice()
    QTest.touchEvent(area, device).press(0, QPoint(100, 100)).press(1, QPoint(300, 300)).commit()
    QTest.touchEvent(area, device).move(0, QPoint(50, 50)).move(1, QPoint(350, 350)).commit()
    QTest.touchEvent(area, device).release(0, QPoint(50, 50)).release(1, QPoint(350, 350)).commit()
    assert page(locked) == "symptoms"
    assert locked.window.isVisible()


def test_the_cursor_is_hidden_unless_the_site_uses_a_mouse(qtbot, locked: Kiosk) -> None:
    try:
        show_fullscreen(locked.window, show_cursor=False)
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    finally:
        while QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
    show_fullscreen(locked.window, show_cursor=True)
    assert QGuiApplication.overrideCursor() is None


def test_windowed_mode_locks_nothing(kiosk: Kiosk) -> None:
    assert kiosk.lockdown is None
    assert kiosk.window.close()


def test_the_systemd_unit_restarts_on_failure_with_a_limit() -> None:
    unit = configparser.ConfigParser(interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "resources" / "deploy" / "lupus-kiosk.service", encoding="utf-8")
    assert unit["Service"]["Restart"] == "on-failure"
    assert unit["Service"]["ExecStart"].endswith("/.venv/bin/lupus-kiosk --fullscreen")
    assert int(unit["Unit"]["StartLimitBurst"]) >= 2
    assert int(unit["Unit"]["StartLimitIntervalSec"]) > 0
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_the_autostart_file_starts_the_kiosk_fullscreen() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "deploy" / "lupus-kiosk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert "lupus-kiosk\" --fullscreen" in desktop["Exec"]


def test_the_staff_keys_still_work_in_lockdown(qtbot, locked: Kiosk, monkeypatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(locked, "_exit", exits.append)
    locked.window.activateWindow()
    qtbot.waitActive(locked.window)
    staff = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(locked.window, Qt.Key.Key_Q, staff)
    assert exits == [0]
