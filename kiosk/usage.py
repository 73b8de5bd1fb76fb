"""Anonymous local usage figures in SQLite: what was used, never who used it.

No Qt. `record()` only queues an event; one background thread opens the database and writes
(kiosk/usage_store.py), so that nothing about the file can hold up or stop the screen:
- locked by another program: events wait in memory and are written when it is free;
- read-only, disk full, or otherwise unwritable: events are dropped, with one log line for the
  whole outage, and the file is tried again RETRY_SECONDS later;
- removed while running: a fresh file is started; damaged: set aside, and a fresh one started;
  an empty file simply gets the table.
Rows older than KEEP_DAYS are pruned, so the file stays small.
"""

from __future__ import annotations

import csv
import datetime
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.usage_store import KEEP_DAYS, Event, StoreError, Trouble, UsageStore, trouble_of

__all__ = ["EVENTS", "KEEP_DAYS", "FiguresUnavailable", "Total", "Trouble", "UsageLog",
           "export_csv"]

log = logging.getLogger("kiosk")

EVENTS = (
    "session_start", "disclaimer_acknowledged", "section_viewed", "language", "text_size",
    "read_aloud", "idle_reset", "crash",
    # The display while nobody uses the kiosk (kiosk/rest.py); display_asleep carries the time.
    "attract_shown", "display_wake", "display_asleep",
)
# After a failure other than a lock, the file is left alone this long (events are dropped).
RETRY_SECONDS = 60.0
# While the file is locked, another attempt this often; at most this many events wait.
LOCKED_RETRY_SECONDS = 1.0
MAX_WAITING = 10_000
# How long a reader (the staff panel, export) waits for a lock before saying it is locked.
READ_WAIT_SECONDS = 1.0


@dataclass(frozen=True)
class Total:
    """How often something happened in a period, and the time spent on it."""

    kind: str
    detail: str
    count: int
    seconds: float


class FiguresUnavailable(Exception):
    """The usage figures cannot be read now; the message says why, in words for staff."""


class UsageLog:
    """Records events without blocking: `record()` queues, a background thread writes.

    `problem` is why new events are not being written at the moment (None when they are).
    """

    def __init__(self, path: Path, today: Callable[[], datetime.date] = datetime.date.today) -> None:
        self.path = path
        self.problem: Trouble | None = None
        self._today = today
        self._queue: queue.Queue[Event | None] = queue.Queue()
        self._settled_changed = threading.Condition()
        self._queued = 0  # events recorded so far
        self._settled = 0  # of those, events written or dropped
        self._dropped = 0  # events dropped in the current outage
        self._failed_at = 0.0  # time.monotonic() of the last failure other than a lock
        self._closed = False
        self._writer = threading.Thread(target=self._run, daemon=True, name="usage-writer")
        self._writer.start()

    def record(self, kind: str, detail: str = "", seconds: float = 0.0) -> None:
        if kind not in EVENTS:
            raise ValueError(f"unknown usage event {kind!r}")
        if self._closed:
            return
        with self._settled_changed:
            self._queued += 1
        self._queue.put((self._today().isoformat(), kind, detail, seconds))

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything recorded so far is written or dropped; False if `timeout` passed."""
        with self._settled_changed:
            target = self._queued
            return self._settled_changed.wait_for(lambda: self._settled >= target, timeout)

    def close(self) -> None:
        self._closed = True
        self._queue.put(None)
        self._writer.join(timeout=5)

    def totals(self, days: int, wait: float | None = None) -> list[Total]:
        """Totals of the last `days` days, today included (1 is today alone)."""
        return self.figures((days,), wait)[0]

    def figures(self, periods: Sequence[int], wait: float | None = None) -> list[list[Total]]:
        """Totals for each period of days, read at once; `wait` bounds each wait (seconds).

        Raises FiguresUnavailable if the file cannot be read now.
        """
        self.flush(wait)
        today = self._today()
        starts = [(today - datetime.timedelta(days=days - 1)).isoformat() for days in periods]
        rows = _read(self.path, "SELECT day, kind, detail, COUNT(*), SUM(seconds) FROM events "
                     "WHERE day >= ? GROUP BY day, kind, detail", (min(starts),),
                     READ_WAIT_SECONDS if wait is None else wait)
        return [_add_up([row for row in rows if row[0] >= start]) for start in starts]

    def _run(self) -> None:
        store = UsageStore(self.path, self._today)
        waiting = self._write(store, [])  # open at once, so that a problem is known and logged
        closing = False
        while not closing:
            events, closing = self._take(LOCKED_RETRY_SECONDS if waiting else None)
            waiting = self._write(store, waiting + events)
        if waiting:
            log.warning("Usage database still locked at exit: %d events not recorded", len(waiting))
            self._settle(len(waiting))
        store.close()

    def _take(self, wait: float | None) -> tuple[list[Event], bool]:
        """The events queued now (waiting up to `wait` for the first), and whether to close."""
        events: list[Event] = []
        closing = False
        try:
            item = self._queue.get(timeout=wait)
            while True:
                if item is None:
                    closing = True
                else:
                    events.append(item)
                item = self._queue.get_nowait()
        except queue.Empty:
            pass
        return events, closing

    def _write(self, store: UsageStore, events: list[Event]) -> list[Event]:
        """Write or drop `events`; return those that wait for a lock to pass."""
        now = time.monotonic()
        if self.problem not in (None, Trouble.LOCKED) and now - self._failed_at < RETRY_SECONDS:
            self._drop(events)
            return []
        try:
            store.write(events)
        except Exception as failure:  # any: a writer that died would leave flush() waiting
            error = failure if isinstance(failure, StoreError) else StoreError(Trouble.FAILED, failure)
            self._report(error)
            if error.trouble is Trouble.LOCKED:
                excess = max(0, len(events) - MAX_WAITING)
                self._drop(events[:excess])
                return events[excess:]
            self._failed_at = now
            self._drop(events)
            return []
        if self.problem is Trouble.LOCKED and not self._dropped:
            log.info("The usage database is free again; the waiting events are written")
        elif self.problem is not None:
            log.info("Usage figures are recorded again (%d events were not recorded meanwhile)",
                     self._dropped)
        self.problem, self._dropped = None, 0
        self._settle(len(events))
        return []

    def _report(self, error: StoreError) -> None:
        """One log line when a problem starts or changes, not one per event."""
        if error.trouble is self.problem:
            return
        self.problem = error.trouble
        if error.trouble is Trouble.LOCKED:
            log.warning("Usage events wait: %s; they are written when it is free", error)
        else:
            log.error("Usage events are not recorded: %s; trying again every %d s",
                      error, RETRY_SECONDS)

    def _drop(self, events: list[Event]) -> None:
        self._dropped += len(events)
        self._settle(len(events))

    def _settle(self, count: int) -> None:
        if count:
            with self._settled_changed:
                self._settled += count
                self._settled_changed.notify_all()


def _add_up(rows: list[tuple[Any, ...]]) -> list[Total]:
    """Per-day rows summed into one Total per kind and detail."""
    sums: dict[tuple[str, str], tuple[int, float]] = {}
    for _day, kind, detail, count, seconds in rows:
        before = sums.get((kind, detail), (0, 0.0))
        sums[kind, detail] = (before[0] + count, before[1] + (seconds or 0.0))
    return [Total(kind, detail, count, seconds)
            for (kind, detail), (count, seconds) in sorted(sums.items())]


def _read(path: Path, query: str, parameters: tuple[str, ...], wait: float) -> list[tuple[Any, ...]]:
    """Rows of a read-only query; none if nothing was recorded yet. Never writes the file."""
    if not path.exists():
        return []
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=wait)
    except sqlite3.Error as error:
        raise FiguresUnavailable(f"the usage database cannot be opened ({error})") from None
    try:
        return connection.execute(query, parameters).fetchall()
    except sqlite3.Error as error:
        if "no such table" in str(error):  # an empty file, not written to yet
            return []
        trouble = trouble_of(error)
        if trouble in (Trouble.LOCKED, Trouble.DAMAGED):
            raise FiguresUnavailable(trouble.value) from None
        raise FiguresUnavailable(f"the usage database cannot be read ({error})") from None
    finally:
        connection.close()


def export_csv(path: Path, target: Path) -> int:
    """Write the daily totals of every recorded day to `target` as CSV; return the rows written.

    Raises FiguresUnavailable (nothing is written) or OSError (the target cannot be written).
    """
    rows = _read(path, "SELECT day, kind, detail, COUNT(*), ROUND(SUM(seconds), 1) FROM events "
                 "GROUP BY day, kind, detail ORDER BY day, kind, detail", (), READ_WAIT_SECONDS)
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["day", "event", "detail", "count", "seconds"])
        writer.writerows(rows)
    return len(rows)
