"""Anonymous local usage figures in SQLite: what was used, never who used it.

No Qt. Writes go through a queue to one background thread, so that a slow, locked or
damaged database never holds up the screen; a damaged file is set aside and a fresh one
started. Rows older than KEEP_DAYS are pruned, so the file stays small.
"""

from __future__ import annotations

import csv
import datetime
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("kiosk")

KEEP_DAYS = 400
EVENTS = (
    "session_start", "disclaimer_acknowledged", "section_viewed", "language", "text_size",
    "read_aloud", "idle_reset", "crash",
)
SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    day TEXT NOT NULL,          -- YYYY-MM-DD, local time; no finer time is kept
    kind TEXT NOT NULL,         -- one of EVENTS
    detail TEXT NOT NULL,       -- a section id, a language code, a text size; never personal
    seconds REAL NOT NULL       -- time spent, for section_viewed; else 0
);
CREATE INDEX IF NOT EXISTS events_day ON events (day);
"""


@dataclass(frozen=True)
class Total:
    """How often something happened in a period, and the time spent on it."""

    kind: str
    detail: str
    count: int
    seconds: float


def _open(path: Path) -> sqlite3.Connection:
    """Open (or create) the database; set a damaged file aside and start a fresh one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=1.0, check_same_thread=False)
    try:
        connection.executescript(SCHEMA)
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        return connection
    except sqlite3.DatabaseError as error:
        connection.close()
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        log.error("Usage database %s is damaged (%s); kept as %s, starting a fresh one",
                  path, error, aside)
        path.replace(aside)
        connection = sqlite3.connect(path, timeout=1.0, check_same_thread=False)
        connection.executescript(SCHEMA)
        return connection


class UsageLog:
    """Records events without blocking: `record()` queues, a background thread writes."""

    def __init__(self, path: Path, today: Callable[[], datetime.date] = datetime.date.today) -> None:
        self.path = path
        self._today = today
        self._queue: queue.Queue[tuple[str, str, float] | None] = queue.Queue()
        connection = _open(path)
        cutoff = (today() - datetime.timedelta(days=KEEP_DAYS)).isoformat()
        with connection:
            connection.execute("DELETE FROM events WHERE day < ?", (cutoff,))
        self._writer = threading.Thread(target=self._write, args=(connection,), daemon=True,
                                        name="usage-writer")
        self._writer.start()

    def record(self, kind: str, detail: str = "", seconds: float = 0.0) -> None:
        if kind not in EVENTS:
            raise ValueError(f"unknown usage event {kind!r}")
        self._queue.put((kind, detail, seconds))

    def flush(self) -> None:
        """Wait until everything recorded so far is written (for export, tests and exit)."""
        self._queue.join()

    def close(self) -> None:
        self._queue.put(None)
        self._writer.join(timeout=5)

    def totals(self, days: int) -> list[Total]:
        """Totals of the last `days` days, today included (1 is today alone)."""
        self.flush()
        return read_totals(self.path, self._today() - datetime.timedelta(days=days - 1))

    def _write(self, connection: sqlite3.Connection) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    connection.close()
                    return
                kind, detail, seconds = item
                try:
                    with connection:
                        connection.execute(
                            "INSERT INTO events VALUES (?, ?, ?, ?)",
                            (self._today().isoformat(), kind, detail, seconds),
                        )
                except sqlite3.OperationalError as error:  # locked, disk full: drop this one
                    log.warning("Usage event not recorded: %s", error)
                except sqlite3.DatabaseError as error:  # damaged under our feet
                    log.error("Usage database failed (%s)", error)
                    connection.close()
                    connection = _open(self.path)
            finally:
                self._queue.task_done()


def read_totals(path: Path, since: datetime.date) -> list[Total]:
    if not path.exists():
        return []
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
        try:
            rows = connection.execute(
                "SELECT kind, detail, COUNT(*), SUM(seconds) FROM events WHERE day >= ? "
                "GROUP BY kind, detail ORDER BY kind, detail",
                (since.isoformat(),),
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        log.warning("Usage figures cannot be read: %s", error)
        return []
    return [Total(kind, detail, count, seconds or 0.0) for kind, detail, count, seconds in rows]


def export_csv(path: Path, target: Path) -> int:
    """Write the daily totals of every recorded day to `target` as CSV; return the rows written."""
    rows: list[tuple[str, str, str, int, float]] = []
    if path.exists():
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
        try:
            rows = connection.execute(
                "SELECT day, kind, detail, COUNT(*), ROUND(SUM(seconds), 1) FROM events "
                "GROUP BY day, kind, detail ORDER BY day, kind, detail"
            ).fetchall()
        finally:
            connection.close()
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["day", "event", "detail", "count", "seconds"])
        writer.writerows(rows)
    return len(rows)
