"""Idle reset: warn after the timeout, count down, then start over for the next patient."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QScroller, QWidget

from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.idle import IdleMonitor
from tests.conftest import TICK_MS, WAIT_MS, build_kiosk
from tests.helpers import button_labelled, page, tap, visible_text


@pytest.fixture
def quick_kiosk(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    """A kiosk that warns after 0.3 s without a touch and counts down 3 short steps."""
    yield from build_kiosk(qtbot, qapp, Settings(idle_timeout=0.3, idle_warning=3))


def watching(qapp: QApplication, timeout_ms: int) -> Iterator[IdleMonitor]:
    owner = QObject()
    idle = IdleMonitor(timeout_ms=timeout_ms, warning_seconds=2, parent=owner, tick_ms=TICK_MS)
    qapp.installEventFilter(idle)
    yield idle
    idle.stop()
    qapp.removeEventFilter(idle)


# The wait of `monitor`: long, so that none of its tests sees it warn, on a busy machine too.
MONITOR_MS = 4000
# A wait with more than this left was (re)started just now: Qt's coarse timers may end up to 5 %
# early, and a wait reports its time left by that.
STARTED = MONITOR_MS - 300


@pytest.fixture
def monitor(qapp: QApplication) -> Iterator[IdleMonitor]:
    yield from watching(qapp, MONITOR_MS)


@pytest.fixture
def fast_monitor(qapp: QApplication) -> Iterator[IdleMonitor]:
    """A monitor that warns after 50 ms, for the tests that wait for the warning."""
    yield from watching(qapp, 50)


@pytest.fixture
def surface(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_monitor_warns_after_the_timeout_then_counts_down_to_expiry(qtbot, fast_monitor: IdleMonitor) -> None:
    monitor = fast_monitor
    monitor.start()
    with qtbot.waitSignal(monitor.warning_started, timeout=WAIT_MS) as warned:
        pass
    assert warned.args == [2]
    assert monitor.warning
    with qtbot.waitSignal(monitor.countdown, timeout=WAIT_MS) as ticked:
        pass
    assert ticked.args == [1]
    with qtbot.waitSignal(monitor.expired, timeout=WAIT_MS):
        pass
    assert not monitor.warning


@pytest.mark.parametrize("touch", ["press", "release", "drag", "key", "wheel"])
def test_any_touch_restarts_the_wait(qtbot, monitor: IdleMonitor, surface: QWidget, touch: str) -> None:
    monitor.start()
    qtbot.waitUntil(lambda: 0 <= monitor.remaining_ms < STARTED, timeout=WAIT_MS)
    if touch == "press":
        qtbot.mousePress(surface, Qt.MouseButton.LeftButton)
    elif touch == "release":
        qtbot.mouseRelease(surface, Qt.MouseButton.LeftButton)
    elif touch == "drag":
        # Two points, so that at least one is a move (Qt drops a move to where the pointer is).
        qtbot.mouseMove(surface, QPoint(10, 10))
        qtbot.mouseMove(surface, QPoint(20, 20))
    elif touch == "key":
        qtbot.keyClick(surface, Qt.Key.Key_A)
    else:
        from PySide6.QtGui import QWheelEvent

        wheel = QWheelEvent(
            QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )
        QApplication.sendEvent(surface, wheel)
    assert monitor.remaining_ms > STARTED


def test_a_new_timeout_applies_to_the_wait_under_way(qtbot, monitor: IdleMonitor) -> None:
    monitor.start()
    assert monitor.timeout_ms == MONITOR_MS and monitor.remaining_ms > STARTED
    monitor.timeout_ms = 50
    assert monitor.timeout_ms == 50 and 0 <= monitor.remaining_ms < 100  # restarted (coarse timers round)
    with qtbot.waitSignal(monitor.warning_started, timeout=WAIT_MS):
        pass
    monitor.stop()
    monitor.timeout_ms = MONITOR_MS
    assert monitor.remaining_ms == -1, "a stopped wait stays stopped"


def test_a_touch_during_the_warning_does_not_hide_it(qtbot, fast_monitor: IdleMonitor,
                                                     surface: QWidget) -> None:
    monitor = fast_monitor
    monitor.start()
    with qtbot.waitSignal(monitor.warning_started, timeout=WAIT_MS):
        pass
    qtbot.mousePress(surface, Qt.MouseButton.LeftButton)
    assert monitor.warning
    monitor.keep_alive()
    assert not monitor.warning
    assert monitor.remaining_ms > 0


def test_warning_shows_a_countdown_and_still_here_keeps_the_page(qtbot, quick_kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(quick_kiosk.window, "I understand"))
    tap(qtbot, button_labelled(quick_kiosk.window, "Symptoms"))
    overlay = quick_kiosk.screen.overlay
    qtbot.waitUntil(overlay.isVisible, timeout=WAIT_MS)
    shown = visible_text(overlay)
    assert "Still there?" in shown
    assert "3 seconds" in shown or "2 seconds" in shown
    tap(qtbot, button_labelled(overlay, "I'm still here"))
    assert not overlay.isVisible()
    assert page(quick_kiosk) == "symptoms"
    assert quick_kiosk.idle is not None and not quick_kiosk.idle.warning


def test_countdown_end_starts_over_and_forgets_the_last_patient(qtbot, quick_kiosk: Kiosk) -> None:
    window = quick_kiosk.screen
    tap(qtbot, button_labelled(window, "I understand"))
    tap(qtbot, button_labelled(window, "Treatments"))
    treatments = window.pages["treatments"]
    bar = treatments.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    assert window.back_button.isEnabled()

    with qtbot.waitSignal(quick_kiosk.idle.expired, timeout=WAIT_MS):
        pass

    assert page(quick_kiosk) == "disclaimer"
    assert not window.overlay.isVisible()
    assert not window.nav_bar.isVisible()
    assert bar.value() == 0
    assert all(
        p.scroll_area.verticalScrollBar().value() == 0
        for p in window.pages.values() if hasattr(p, "scroll_area")
    )
    # Nothing of the last path is left for "Back": after "I understand" it is greyed out.
    assert not quick_kiosk.navigation.can_go_back
    tap(qtbot, button_labelled(window, "I understand"))
    assert page(quick_kiosk) == "home"
    assert not window.back_button.isEnabled()
    quick_kiosk.idle.stop()


def test_a_flick_still_moving_at_reset_does_not_carry_on(qtbot, kiosk: Kiosk) -> None:
    window = kiosk.screen
    tap(qtbot, button_labelled(window, "I understand"))
    tap(qtbot, button_labelled(window, "Treatments"))
    area = window.pages["treatments"].scroll_area
    scroller = QScroller.scroller(area.viewport())
    centre = QPointF(area.viewport().rect().center())
    # A fast flick upwards: the text keeps gliding after the finger lifts.
    scroller.handleInput(QScroller.Input.InputPress, centre + QPointF(0, 150), 1000)
    for step in range(1, 6):
        scroller.handleInput(QScroller.Input.InputMove, centre + QPointF(0, 150 - step * 60), 1000 + step * 8)
    scroller.handleInput(QScroller.Input.InputRelease, centre - QPointF(0, 150), 1048)
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0, timeout=WAIT_MS)
    assert scroller.state() == QScroller.State.Scrolling

    assert kiosk.idle is not None
    kiosk.idle.expired.emit()

    assert page(kiosk) == "disclaimer"
    assert scroller.state() == QScroller.State.Inactive
    assert area.verticalScrollBar().value() == 0


def test_an_untouched_kiosk_runs_no_timer_until_the_first_touch(qtbot, monitor: IdleMonitor,
                                                                 surface: QWidget) -> None:
    monitor.arm()
    assert monitor.remaining_ms == -1 and not monitor.warning
    qtbot.mouseClick(surface, Qt.MouseButton.LeftButton)
    assert monitor.remaining_ms > STARTED


def test_after_a_reset_the_kiosk_waits_quietly_for_the_next_patient(qtbot, quick_kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(quick_kiosk.window, "I understand"))
    idle = quick_kiosk.idle
    assert idle is not None
    with qtbot.waitSignal(idle.expired, timeout=WAIT_MS):
        pass
    assert idle.remaining_ms == -1 and not idle.warning
    tap(qtbot, button_labelled(quick_kiosk.window, "I understand"))
    assert idle.remaining_ms > 0
