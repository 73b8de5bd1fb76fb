"""Notice when nobody has touched the kiosk for a while, warn, then ask for a reset."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# What counts as a person being there. Checked first, as plain ints, because this filter
# sees every event of the application.
ACTIVITY_EVENTS = frozenset(
    int(kind)
    for kind in (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.Gesture,
    )
)


class IdleMonitor(QObject):
    """An application-wide event filter with two stages: idle, then a visible countdown.

    `arm()` waits for the first touch before it starts counting, so a kiosk that nobody
    has touched since its last reset runs no timer and never shows a warning to an empty
    room. After `timeout_ms` without activity it emits `warning_started(seconds_left)`, then
    `countdown(seconds_left)` once a second, and `expired()` when the countdown ends.
    During the countdown, activity does not cancel it: only `keep_alive()` does (the
    "I'm still here" control), so a stray touch cannot hide the warning unread. `tick_ms`
    is one countdown step (a second), shortened only by tests.
    """

    warning_started = Signal(int)
    countdown = Signal(int)
    expired = Signal()
    woke = Signal()  # the first touch after arm(): someone new is using the kiosk

    def __init__(
        self, timeout_ms: int, warning_seconds: int, parent: QObject, tick_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self._warning_seconds = warning_seconds
        self._left = 0
        self._armed = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(timeout_ms)
        self._idle.timeout.connect(self._start_warning)
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._count_down)

    @property
    def warning(self) -> bool:
        return self._tick.isActive()

    @property
    def armed(self) -> bool:
        """Waiting for the first touch of a new patient: nobody is using the kiosk."""
        return self._armed

    @property
    def timeout_ms(self) -> int:
        """How long nobody touching the kiosk brings the warning (tests change it midway)."""
        return self._idle.interval()

    @timeout_ms.setter
    def timeout_ms(self, value: int) -> None:
        self._idle.setInterval(value)  # a wait under way starts again, with the new time

    @property
    def remaining_ms(self) -> int:
        """Milliseconds until the warning, or -1 when not waiting (warning shown, or stopped)."""
        return self._idle.remainingTime()

    def arm(self) -> None:
        """Wait, with no timer running, for the first touch; then start watching."""
        self.stop()
        self._armed = True

    def start(self) -> None:
        """Start (or restart) watching from now, with no warning showing."""
        self._armed = False
        self._tick.stop()
        self._idle.start()

    def stop(self) -> None:
        self._armed = False
        self._tick.stop()
        self._idle.stop()

    def keep_alive(self) -> None:
        """The person is still there: end any warning and start the idle wait again."""
        self.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if int(event.type()) in ACTIVITY_EVENTS and (self._armed or self._idle.isActive()):
            woke = self._armed
            self.start()
            if woke:
                self.woke.emit()
        return False

    def _start_warning(self) -> None:
        self._left = self._warning_seconds
        self._tick.start()
        self.warning_started.emit(self._left)

    def _count_down(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.countdown.emit(self._left)
            return
        self._tick.stop()
        self.expired.emit()
