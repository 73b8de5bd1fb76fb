"""An event storm and a long day: the kiosk never raises, and nothing piles up."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.navigation import DISCLAIMER
from kiosk.session import Preferences
from tests.conftest import build_kiosk
from tests.test_leaks import growth, live_objects

KEYS = [Qt.Key.Key_Escape, Qt.Key.Key_F4, Qt.Key.Key_Q, Qt.Key.Key_Tab, Qt.Key.Key_Return,
        Qt.Key.Key_Space, Qt.Key.Key_A, Qt.Key.Key_F11]
MODIFIERS = [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier,
             Qt.KeyboardModifier.ControlModifier]


@pytest.fixture
def stormy(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    """Fullscreen lockdown, and idle times short enough for resets to land mid-storm."""
    settings = Settings(fullscreen=True, idle_timeout=0.05, idle_warning=2)
    yield from build_kiosk(qtbot, qapp, settings)


def visible_buttons(kiosk: Kiosk) -> list[QAbstractButton]:
    return [b for b in kiosk.window.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]


def settle() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


# A soak (`pytest -m soak`, README "Development"): 600 events take about 12 s on a 2-core machine;
# KIOSK_STORM_EVENTS=5000 for a longer storm.
STORM_EVENTS = int(os.environ.get("KIOSK_STORM_EVENTS", "600"))


def storm(qtbot, kiosk: Kiosk, rng: random.Random, events: int) -> None:
    window = kiosk.window
    device = QTest.createTouchDevice()
    for _ in range(events):
        roll = rng.random()
        size = window.size()
        point = QPoint(rng.randrange(size.width()), rng.randrange(size.height()))
        if roll < 0.45:
            buttons = visible_buttons(kiosk)
            if buttons:
                qtbot.mouseClick(rng.choice(buttons), Qt.MouseButton.LeftButton)
        elif roll < 0.6:
            target = window.childAt(point) or window
            qtbot.mouseClick(target, rng.choice([Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton]))
        elif roll < 0.7:
            target = window.childAt(point) or window
            qtbot.mousePress(target, Qt.MouseButton.LeftButton)
            qtbot.mouseMove(target, QPoint(rng.randrange(50), rng.randrange(400)))
            qtbot.mouseRelease(target, Qt.MouseButton.LeftButton)
        elif roll < 0.8:
            other = QPoint(rng.randrange(size.width()), rng.randrange(size.height()))
            QTest.touchEvent(window, device).press(0, point).press(1, other).commit()
            QTest.touchEvent(window, device).release(0, point).release(1, other).commit()
        elif roll < 0.9:
            qtbot.keyClick(window, rng.choice(KEYS), rng.choice(MODIFIERS))
        else:
            # Let time pass, so the idle warning and resets happen in between.
            QTest.qWait(rng.choice([1, 5, 60]))


@pytest.mark.soak
def test_an_event_storm_never_breaks_the_kiosk(qtbot, stormy: Kiosk) -> None:
    rng = random.Random(2026)
    with qtbot.captureExceptions() as exceptions:
        storm(qtbot, stormy, rng, STORM_EVENTS)
        settle()
    assert exceptions == []
    assert stormy.window.isVisible()
    assert stormy.screen.current_page in stormy.screen.pages
    stormy.idle.expired.emit()
    settle()
    assert stormy.screen.current_page == DISCLAIMER
    assert stormy.preferences == Preferences()
    assert stormy.saved == () and not stormy.screen.take_home_button.isVisible()
    assert "home" not in stormy.screen.pages or stormy.screen.pages["home"].page == 0
    assert not stormy.navigation.acknowledged and not stormy.navigation.can_go_back
    for overlay in (stormy.screen.overlay, stormy.screen.popup, stormy.window.pin_pad,
                    stormy.window.staff_panel):
        assert not overlay.isVisible()


@pytest.mark.soak
def test_a_long_day_leaks_no_widgets_or_timers(qtbot, kiosk: Kiosk) -> None:
    sections = [s.id for s in kiosk.content.sections]

    def patient(index: int) -> None:
        kiosk.screen.pages["disclaimer"].understand.click()
        for section in (sections * 2)[index % len(sections):][:3]:
            kiosk.screen.pages["home"].tiles[section].click()
            kiosk.screen.back_button.click()
        if index % 25 == 0:  # now and then a patient who changes language and text size
            kiosk.screen.language_buttons[0].click()
            kiosk.screen.larger_button.click()
        kiosk.reset()
        if index % 50 == 10:  # and staff who reload the content (shown at once: nobody is there)
            assert kiosk.reload_content()

    # Compare the same moment of the day: just after a patient whose reset rebuilt the screen.
    # Everything is counted: all under the application, and every top-level widget with all
    # under it (a control left without a parent is a top-level widget of its own).
    for index in range(51):
        patient(index)
    before = live_objects()
    for index in range(51, 551):
        patient(index)
    after = live_objects()
    assert after == before, ("3,500 page views, 500 resets, 40 language switches and 10 reloads "
                             f"later: {growth(before, after)}")


@pytest.fixture
def ahead(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    yield from build_kiosk(qtbot, qapp, Settings(), build_ahead=True)


def test_pages_are_built_ahead_while_nobody_uses_the_kiosk(qtbot, ahead: Kiosk) -> None:
    kiosk = ahead
    assert kiosk.screen.unbuilt(), "only the disclaimer is built at start"
    qtbot.waitUntil(lambda: not kiosk.screen.unbuilt(), timeout=10000)
    assert not kiosk.screen.build_ahead.active
    # A patient's touch stops the building; the next idle reset starts it again.
    kiosk.change(language="es")
    assert kiosk.screen.unbuilt()
    qtbot.mouseClick(kiosk.screen.pages["disclaimer"].understand, Qt.MouseButton.LeftButton)
    assert not kiosk.screen.build_ahead.active
    kiosk.idle.expired.emit()
    assert kiosk.screen.build_ahead.active
