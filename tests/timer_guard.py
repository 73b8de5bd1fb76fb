"""Which QTimers a test started and left running, wherever they are parented (napari's rule).

Looking only at the application's children misses a timer under a window; so `TimerWatch`
watches QTimer.start and QTimer.singleShot themselves while a test runs (tests/conftest.py).
"""

from __future__ import annotations

import sys
import weakref
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication


class TimerWatch:
    """Notes every QTimer started between `watch()` and `unwatch()`, with the line that started it.

    A single shot given a function is made a QTimer of its own, so that it is seen too: under
    its context object (deleted with it, which cancels it, as Qt's own is), and deleted once
    it has fired, so that none pile up.
    """

    def __init__(self) -> None:
        self._started: weakref.WeakKeyDictionary[QTimer, str] = weakref.WeakKeyDictionary()
        self._unowned: set[QTimer] = set()  # single shots with no context: kept until they fire
        self._saved: dict[str, Any] = {}

    def watch(self) -> None:
        self._saved = {name: QTimer.__dict__[name] for name in ("start", "singleShot")}
        real_start = QTimer.start
        real_single_shot = QTimer.singleShot

        def start(timer: QTimer, *args: object) -> None:
            self._started[timer] = _started_at()
            real_start(timer, *args)

        def single_shot(msec: int, *args: Any) -> None:
            context, function = (None, args[0]) if len(args) == 1 else (args[0], args[-1])
            if (len(args) > 2 or not callable(function)
                    or (context is not None and context.thread() != QThread.currentThread())):
                real_single_shot(msec, *args)  # a slot named by its signature, or another thread's
                return
            timer = QTimer(context)
            timer.setSingleShot(True)
            # Qt's own single shot is precise below two seconds.
            timer.setTimerType(Qt.TimerType.PreciseTimer if msec < 2000 else Qt.TimerType.CoarseTimer)
            if context is None:
                self._unowned.add(timer)

            def fire() -> None:
                self._unowned.discard(timer)
                timer.deleteLater()
                function()

            timer.timeout.connect(fire)
            self._started[timer] = _started_at()
            real_start(timer, msec)

        QTimer.start = start  # type: ignore[method-assign]
        QTimer.singleShot = staticmethod(single_shot)  # type: ignore[method-assign, assignment]

    def unwatch(self) -> None:
        for name, attribute in self._saved.items():
            setattr(QTimer, name, attribute)

    def running(self) -> dict[QTimer, str]:
        """The timers running now, each with where it was started.

        Timers started from C++ (a signal connected to a slot of Qt's) are looked for where they
        live too: under the application and under every top-level widget.
        """
        app = QApplication.instance()
        owned = [*(app.findChildren(QTimer) if app else ()),
                 *(t for w in QApplication.topLevelWidgets() for t in w.findChildren(QTimer))]
        return {t: self._started.get(t, "not from Python") for t in (*self._started.keys(), *owned)
                if shiboken6.isValid(t) and t.isActive()}

    def stop_all(self) -> dict[QTimer, str]:
        """Stop the timers still running (so that no later test sees one fire); those were they."""
        running = self.running()
        for timer in running:
            timer.stop()
        self._unowned.clear()
        return running


def describe(running: dict[QTimer, str]) -> str:
    return "; ".join(f"{t.interval()} ms under {type(t.parent()).__name__}, started at {where}"
                     for t, where in running.items())


def _started_at() -> str:
    """Where the code that started a timer is: the first caller outside this file."""
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_filename == __file__:
        frame = frame.f_back
    return f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
