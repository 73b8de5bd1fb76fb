"""SIGTERM, SIGHUP and SIGINT as a Qt signal on the UI thread, so the kiosk can end cleanly.

A Python signal handler only runs when the interpreter next gets control, and an idle Qt
event loop waits in C++, possibly for a long time. So the C-level handler's wake-up byte
(signal.set_wakeup_fd) goes to a socket pair that a QSocketNotifier watches: the event loop
wakes at once and the signal is handled on the UI thread, between two events, like a touch.
"""

from __future__ import annotations

import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class StopSignals(QObject):
    """Emits `received` with the signal's name ('SIGTERM') when the system asks the kiosk to end.

    Only one may be installed at a time (a process has one wake-up fd); `close()` puts back
    what was there before.
    """

    received = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)  # a C signal handler must never block on a full pipe
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _wake_only) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except BlockingIOError:
            return
        # Other signals with Python handlers write their numbers here too: pass those over.
        for number in numbers:
            if number in STOP_SIGNALS:
                self.received.emit(signal.Signals(number).name)

    def close(self) -> None:
        """Give the signals and the wake-up fd back to what handled them before."""
        self._notifier.setEnabled(False)
        for number, previous in self._previous.items():
            # None: the handler was set outside Python; the default is the closest to it.
            signal.signal(number, signal.SIG_DFL if previous is None else previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _wake_only(number: int, frame: FrameType | None) -> None:
    """The Python-level handler: nothing to do, the wake-up byte carries the signal to Qt.

    (Python wants a callable here; without one the signal's default action would kill the
    process, and with SIG_IGN no wake-up byte would be written.)
    """
