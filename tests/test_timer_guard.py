"""The timer guard (tests/timer_guard.py) sees every timer a test leaves running, wherever it is."""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from tests.timer_guard import TimerWatch


def line_above() -> str:
    """This file and the line above the caller's, as the guard names where a timer started."""
    return f"test_timer_guard.py:{sys._getframe(1).f_lineno - 1}"


def test_a_timer_under_a_window_is_seen_with_the_line_that_started_it(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    watch = TimerWatch()
    watch.watch()
    try:
        timer = QTimer(window)
        timer.start(1000)
        started = line_above()
    finally:
        watch.unwatch()
    assert watch.running() == {timer: started}
    assert watch.stop_all() == {timer: started}
    assert not timer.isActive() and watch.running() == {}


def test_single_shots_are_seen_until_they_fire(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    fired: list[str] = []
    watch = TimerWatch()
    watch.watch()
    try:
        QTimer.singleShot(0, window, lambda: fired.append("soon"))
        QTimer.singleShot(1000, window, lambda: fired.append("under the window"))
        QTimer.singleShot(1000, lambda: fired.append("with no context"))
        assert sorted(t.interval() for t in watch.running()) == [0, 1000, 1000]
        qtbot.waitUntil(lambda: fired == ["soon"], timeout=1000)
        assert sorted(t.interval() for t in watch.running()) == [1000, 1000]
        # The one that fired is deleted: nothing piles up under the window.
        qtbot.waitUntil(lambda: len(window.findChildren(QTimer)) == 1, timeout=1000)
    finally:
        watch.unwatch()
    assert len(watch.stop_all()) == 2
    assert watch.running() == {}


def test_a_single_shot_goes_with_its_context(qtbot) -> None:
    fired: list[int] = []
    context = QObject()
    watch = TimerWatch()
    watch.watch()
    try:
        QTimer.singleShot(0, context, lambda: fired.append(1))
        assert len(watch.running()) == 1
        shiboken6.delete(context)
        assert watch.running() == {}
        qtbot.wait(20)
    finally:
        watch.unwatch()
    assert fired == []


def test_unwatch_puts_back_what_was_there(qtbot) -> None:
    before = {name: QTimer.__dict__[name] for name in ("start", "singleShot")}
    watch = TimerWatch()
    watch.watch()
    assert QTimer.__dict__["start"] is not before["start"]
    watch.unwatch()
    assert {name: QTimer.__dict__[name] for name in ("start", "singleShot")} == before
