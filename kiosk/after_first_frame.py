"""What the kiosk starts once its first screen is on display, in one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.idle import IdleMonitor
from kiosk.lockdown import Lockdown
from kiosk.speech import Narrator
from kiosk.touch_guide import TouchGuide
from kiosk.usage import UsageLog
from kiosk.views.window import KioskWindow


class AfterFirstFrame:
    """The filters that watch touches and keys (the idle monitor's, the lockdown's), finger
    scrolling, the usage log and the voice: `start()` starts them all, once.

    None of them is needed to paint the first screen, and they would hold it up: nobody can
    have touched a kiosk that shows nothing yet; and a Python filter on every event while the
    first screen is built makes PySide load all its classes to find one for Qt's private
    widgets. `usage` may be given open already (a kiosk that need not hurry its first frame).
    """

    def __init__(self, app: QApplication, window: KioskWindow, idle: IdleMonitor, *,
                 lockdown: Lockdown | None, narrator: Narrator | None,
                 open_usage: Callable[[], UsageLog | None], usage: UsageLog | None = None,
                 keypad: QObject | None = None, touch_guide: TouchGuide | None = None) -> None:
        self._app = app
        self._window = window
        self._idle = idle
        self.lockdown = lockdown
        self.keypad = keypad  # the keypad's filter (kiosk.keypad), set once the kiosk is built
        self._narrator = narrator
        self._open_usage = open_usage
        self.usage = usage
        self.touch_guide = touch_guide  # the audio guide by touch (None without a voice)
        self.started = False  # touches are watched, and pages scroll under a finger
        self.stopped = False

    def start(self) -> bool:
        """Start what waited for the first frame; False if the kiosk was stopped first (then
        nothing starts) or this already ran."""
        if self.stopped or self.started:
            return False
        self.started = True
        if self.lockdown is not None:
            self._app.installEventFilter(self.lockdown)
        # Between the two: the keypad sees its keys before the lockdown refuses every key, and
        # after the idle monitor, which counts every key as activity (last installed, first asked).
        if self.keypad is not None:
            self._app.installEventFilter(self.keypad)
        if self.usage is None:
            self.usage = self._open_usage()
        if self._narrator is not None:
            self._narrator.start()
        if self.touch_guide is not None:
            # Before the idle monitor's (the filter installed last is asked first): the idle
            # monitor still counts every touch that the guide then keeps from the screen.
            self._app.installEventFilter(self.touch_guide)
        self._app.installEventFilter(self._idle)
        screen = self._window.screen_widget
        if screen is not None:
            screen.enable_touch_scrolling()
        return True

    def stop(self) -> None:
        """Take the filters off the application; close the usage log. Nothing starts after this."""
        self.stopped = True
        self._app.removeEventFilter(self._idle)
        if self.touch_guide is not None:
            self._app.removeEventFilter(self.touch_guide)
            self.touch_guide.stop()  # a tap's pending timer must not outlive the kiosk
        if self.keypad is not None:
            self._app.removeEventFilter(self.keypad)
        if self.lockdown is not None:
            self._app.removeEventFilter(self.lockdown)
            self.lockdown.deleteLater()  # it is the application's child: not left under it
            self.lockdown = None
        if self.usage is not None:
            self.usage.close()
