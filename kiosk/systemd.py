"""Tells systemd how the kiosk is doing (the sd_notify protocol): up, still turning, stopping.

Under the unit in resources/deploy (Type=notify, WatchdogSec=), systemd names a datagram socket
in $NOTIFY_SOCKET and the watchdog interval in $WATCHDOG_USEC. The kiosk says READY=1 once
its first screen is on display and WATCHDOG=1 every half interval from a timer on the UI
thread: a UI that stops turning stops the pings, and systemd kills and restarts it.
Without $NOTIFY_SOCKET (started by hand, or in tests) nothing is sent and no timer runs.
Only QtCore is used; nothing else of the kiosk.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("kiosk")


def notify_address(environ: Mapping[str, str]) -> str | None:
    """The socket systemd listens on, as Python names it ('@' is the abstract namespace)."""
    address = environ.get("NOTIFY_SOCKET", "")
    if address.startswith("@"):
        return "\0" + address[1:]
    if address.startswith("/"):
        return address
    return None  # unset, or a kind of address (vsock) a local kiosk is never given


def watchdog_interval_ms(environ: Mapping[str, str], pid: int) -> int | None:
    """How often systemd expects a WATCHDOG=1, in milliseconds; None if it expects none.

    WATCHDOG_PID names the process the watchdog is for; a child that inherited the
    variables (and not the job) is not it.
    """
    owner = environ.get("WATCHDOG_PID")
    if owner is not None and owner != str(pid):
        return None
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return max(1, usec // 1000) if usec > 0 else None


class SystemdNotifier(QObject):
    """The kiosk's line to systemd: `ready()`, `stopping()`, and watchdog pings meanwhile.

    Sending never blocks and never raises: a socket that fails is logged once and the
    kiosk carries on as if it had no supervisor.
    """

    def __init__(self, parent: QObject, environ: Mapping[str, str] = os.environ) -> None:
        super().__init__(parent)
        self._address = notify_address(environ)
        self._socket: socket.socket | None = None
        self._failed = False
        interval = watchdog_interval_ms(environ, os.getpid()) if self._address else None
        # Pinged from the UI thread's own event loop, never a thread of its own: the pings
        # must stop when the UI does. Half the interval leaves room for one late ping.
        self.watchdog = QTimer(self)
        self.watchdog.setInterval(max(1, (interval or 0) // 2))
        self.watchdog.timeout.connect(lambda: self.send("WATCHDOG=1"))
        if interval is not None:
            self.watchdog.start()

    @property
    def supervised(self) -> bool:
        """Whether systemd asked to be told (Type=notify)."""
        return self._address is not None

    def ready(self, status: str = "") -> None:
        """The kiosk is up: systemd counts the service started from now."""
        self.send("READY=1", *([f"STATUS={status}"] if status else []))

    def stopping(self, status: str = "") -> None:
        """The kiosk is closing of its own accord; no more watchdog pings will come."""
        self.watchdog.stop()
        self.send("STOPPING=1", *([f"STATUS={status}"] if status else []))

    def send(self, *lines: str) -> bool:
        """Send one notification message; False if there is nobody to tell or it failed."""
        if self._address is None:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
                self._socket.setblocking(False)  # a full queue drops a ping, never holds the UI
            self._socket.sendto("\n".join(lines).encode(), self._address)
        except OSError as error:
            if not self._failed:
                self._failed = True
                log.warning("Cannot notify systemd at %s (%s); the kiosk runs on without it",
                            self._address.replace("\0", "@"), error)
            return False
        return True

    def close(self) -> None:
        """Stop pinging and let the socket go."""
        self.watchdog.stop()
        if self._socket is not None:
            self._socket.close()
            self._socket = None
