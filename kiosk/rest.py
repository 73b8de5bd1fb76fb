"""What the kiosk does while nobody uses it: the attract screen, display sleep, opening hours.

Nobody here (after an idle reset, or at start): after `attract_after` the attract screen shows;
after a further `sleep_after` the display sleeps (DisplayPower.off, and a black cover). Outside
the opening hours the display sleeps at once. The first touch on the attract screen or the
sleeping display wakes the kiosk to its start screen and does nothing else: the whole gesture,
press to release, is eaten, even where it lands on a control. A touch outside the hours wakes it
for one session; at that session's idle reset it sleeps again.

While a patient uses the kiosk none of this runs: no timer, no event filter.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.display_power import DisplayPower
from kiosk.hours import OpeningHours
from kiosk.views.attract import AttractView
from kiosk.views.window import KioskWindow

log = logging.getLogger("kiosk")

# The attract screen's text moves this often: nothing stays lit in one place for long, and a
# step every 25 s costs next to nothing (one repaint), unlike a continuous animation.
MOVE_MS = 25_000
# How often the opening hours are checked while nobody uses the kiosk.
HOURS_CHECK_MS = 30_000

# The events that begin a touch (or a click, a key), and those that end one.
_BEGIN = frozenset(int(kind) for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                                          QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
                                          QEvent.Type.Wheel))
_END = frozenset(int(kind) for kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                                        QEvent.Type.TouchCancel, QEvent.Type.KeyRelease))
_INPUT = _BEGIN | _END | frozenset(int(kind) for kind in (
    QEvent.Type.MouseMove, QEvent.Type.TouchUpdate, QEvent.Type.Gesture, QEvent.Type.Wheel,
    QEvent.Type.ShortcutOverride))


class DisplayState(Enum):
    ON = "on"
    ATTRACT = "attract screen"
    ASLEEP = "asleep"


class DisplayRest(QObject):
    """Drives the attract screen and display sleep of `window` while nobody uses the kiosk.

    The kiosk calls `nobody_here()` when it waits for the next patient and `someone_here()`
    when one starts; `start(power)` once touches are watched (after the first frame), and
    `stop()` at shutdown. `clock` gives the local time (tests inject one); `record(kind,
    seconds)` counts wakes, attract screens and time asleep in the usage figures.
    """

    def __init__(self, app: QApplication, window: KioskWindow, clinic_name: Callable[[], str],
                 hours: OpeningHours, attract_after_ms: int, sleep_after_ms: int, *,
                 record: Callable[[str, float], None],
                 clock: Callable[[], datetime.datetime] = datetime.datetime.now,
                 move_ms: int = MOVE_MS, hours_check_ms: int = HOURS_CHECK_MS) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._clinic_name = clinic_name
        self.hours = hours
        self._record = record
        self._clock = clock
        self.power: DisplayPower | None = None  # until start()
        self.state = DisplayState.ON
        self.view: AttractView | None = None
        self._waiting = False  # nobody uses the kiosk
        self._woken_after_hours = False  # a touch outside the hours: one session, then sleep
        self._swallowing = False  # the waking gesture is still going on
        self._filtering = False
        self._asleep_since = 0.0
        self._closed_sleep = False  # asleep because the clinic is closed: it lights at opening
        self.attract_timer = self._timer(attract_after_ms, self.show_attract, single=True)
        self.sleep_timer = self._timer(sleep_after_ms, self._sleep, single=True)
        self.move_timer = self._timer(move_ms, self._move)
        self.hours_timer = self._timer(hours_check_ms, self.check_hours)
        window.resized.connect(self._refit)

    def _timer(self, interval: int, slot: Callable[[], None], single: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    def _refit(self) -> None:
        """The window changed size (the screen turned): the cover follows."""
        if self.view is not None and self.view.isVisible():
            self.view.cover()

    @property
    def started(self) -> bool:
        return self.power is not None

    def describe(self) -> str:
        """The display's state for the staff panel, e.g. "on (X11 DPMS (xset))"."""
        return f"{self.state.value} ({self.power.name if self.power else 'not started'})"

    def start(self, power: DisplayPower) -> None:
        """Touches are watched now: begin, with this display power control."""
        self.power = power
        if self._waiting:
            self.nobody_here()

    def nobody_here(self) -> None:
        """The kiosk waits for the next patient, on its start screen: count towards the attract
        screen, or sleep now if the clinic is closed."""
        self._waiting = True
        self._woken_after_hours = False
        if not self.started:
            return
        self.hours_timer.start()
        if self.view is not None and self.view.isVisible():
            self.view.cover()  # over the screen the kiosk has just rebuilt
        if not self._open():
            self._sleep()
        elif self.state is DisplayState.ON:
            self.attract_timer.start()

    def someone_here(self) -> None:
        """A patient uses the kiosk: nothing of this runs until they leave."""
        self._waiting = False
        for timer in (self.attract_timer, self.sleep_timer, self.move_timer, self.hours_timer):
            timer.stop()

    def stop(self) -> None:
        """At shutdown: stop the timers, take the filter off, and leave the display on (its power
        control is closed then: see BackgroundDisplayPower.close)."""
        self.someone_here()
        self._set_filter(False)
        if self.state is not DisplayState.ON:
            self._wake(count=False)
        if self.power is not None:
            self.power.close()

    def _open(self) -> bool:
        return self._woken_after_hours or self.hours.is_open(self._clock())

    def _cover(self) -> AttractView:
        if self.view is None:
            self.view = AttractView(self._window, self._clinic_name())
        self.view.cover()
        return self.view

    def show_attract(self) -> None:
        """Show the attract screen (the attract timer calls this; docs/screenshots.py too)."""
        view = self._cover()
        view.set_clinic(self._clinic_name())  # the content may have been reloaded since
        view.set_asleep(False)
        view.place(0)
        self.state = DisplayState.ATTRACT
        self._set_filter(True)
        self.move_timer.start()
        self.sleep_timer.start()
        self._record("attract_shown", 0.0)
        log.info("Showing the attract screen")

    def _move(self) -> None:
        if self.view is not None:
            self.view.place(self.view.step + 1)

    def _sleep(self) -> None:
        self.attract_timer.stop()
        self.sleep_timer.stop()
        self.move_timer.stop()
        if self.state is DisplayState.ASLEEP:
            return
        self._woken_after_hours = False  # that one session's time is over
        self._closed_sleep = not self._open()
        self._cover().set_asleep(True)
        self.state = DisplayState.ASLEEP
        self._set_filter(True)
        self._asleep_since = time.monotonic()
        assert self.power is not None
        self.power.off()
        log.info("The display sleeps (%s)", "outside the opening hours" if self._closed_sleep
                 else "nobody here")

    def _wake(self, count: bool = True) -> None:
        """Back to the start screen, lit."""
        if self.state is DisplayState.ASLEEP:
            if self.power is not None:
                self.power.on()
            self._record("display_asleep", time.monotonic() - self._asleep_since)
        if self.view is not None:
            self.view.hide()
        self.state = DisplayState.ON
        self._closed_sleep = False
        self.move_timer.stop()
        self.sleep_timer.stop()
        if count:
            self._record("display_wake", 0.0)
            log.info("Woken by a touch")

    def check_hours(self) -> None:
        """Sleep if the clinic has closed, light the start screen if it has opened (the hours
        timer calls this while nobody uses the kiosk)."""
        if not self._open():
            self._closed_sleep = True
            if self.state is not DisplayState.ASLEEP:
                self._sleep()
        elif self._closed_sleep and self.state is DisplayState.ASLEEP:
            # The clinic has opened: the start screen lights, and the wait for the attract
            # screen starts over.
            self._wake(count=False)
            self.attract_timer.start()

    def _set_filter(self, on: bool) -> None:
        if on == self._filtering:
            return
        self._filtering = on
        if on:
            # Installed last, so it sees a touch before the idle monitor: the waking touch
            # is not the start of a session.
            self._app.installEventFilter(self)
        else:
            self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = int(event.type())
        if kind not in _INPUT:
            return False
        if self._swallowing:
            if kind in _END:
                self._swallowing = False
                self._set_filter(False)
            event.accept()
            return True
        if kind in _BEGIN and self.state is not DisplayState.ON:
            self._swallowing = kind not in (int(QEvent.Type.Wheel),)
            woken_when_closed = not self._open()
            self._wake()
            if woken_when_closed:
                self._woken_after_hours = True
            if self._waiting:
                self.attract_timer.start()
            if not self._swallowing:
                self._set_filter(False)
            event.accept()
            return True
        if self.state is DisplayState.ON and not self._swallowing:
            self._set_filter(False)
            return False
        event.accept()
        return True  # a move over the sleeping screen, say: nothing underneath sees it
