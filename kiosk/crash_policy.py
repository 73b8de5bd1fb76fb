"""What an unhandled error does: start over for the next patient, or, when that keeps failing,
exit so that the supervisor (systemd) starts the kiosk afresh.

No Qt: the exit, the recovery, the usage record and the clock are handed in.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger("kiosk")

# More crashes than this within CRASH_WINDOW seconds means recovery is not working.
CRASH_LIMIT = 3
CRASH_WINDOW = 60.0
EXIT_CRASH_LOOP = 70


class CrashPolicy:
    """Decides, for each unhandled error, whether the kiosk starts over or exits.

    `exit` ends the kiosk with a status; `stop` ends it at the system's request (for Ctrl+C);
    `recover` starts over (the idle reset); `record` counts a crash in the usage figures.
    """

    def __init__(self, exit: Callable[[int], None], stop: Callable[[str], None],
                 recover: Callable[[], None], record: Callable[[str], None] = lambda _kind: None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._exit = exit
        self._stop = stop
        self._recover = recover
        self._record = record
        self._clock = clock
        self._crashes: deque[float] = deque(maxlen=CRASH_LIMIT + 1)

    def handle(self, kind: type[BaseException], error: BaseException,
               traceback: TracebackType | None) -> None:
        """An unhandled error in the UI: log it and start over; exit if that keeps failing.

        Ctrl+C (KeyboardInterrupt) and SystemExit are requests to end, not crashes: the kiosk
        ends cleanly and they never count toward CRASH_LIMIT.
        """
        if issubclass(kind, KeyboardInterrupt):
            self._stop("SIGINT")
            return
        if not issubclass(kind, Exception):
            code = error.code if isinstance(error, SystemExit) else None
            log.info("The kiosk was asked to exit (%s)", kind.__name__)
            self._exit(code if isinstance(code, int) else 0)
            return
        log.error("Unhandled error; the kiosk starts over", exc_info=(kind, error, traceback))
        self._record("crash")
        now = self._clock()
        self._crashes.append(now)
        if len(self._crashes) > CRASH_LIMIT and now - self._crashes[0] < CRASH_WINDOW:
            log.critical("Repeated errors; exiting so that the supervisor restarts the kiosk")
            self._exit(EXIT_CRASH_LOOP)
            return
        try:
            self._recover()
        except Exception:
            log.critical("The kiosk cannot recover; exiting", exc_info=True)
            self._exit(EXIT_CRASH_LOOP)
