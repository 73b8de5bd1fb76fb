"""The usage database as the writer thread sees it: open it, write to it, say what went wrong.

No Qt; used from one thread only (UsageLog's writer). Every failure is sorted into one kind
of Trouble, so that each has one defined handling: a lock is waited for, a damaged file is set
aside, a removed file is started afresh, and anything else (read-only, full) is reported to
the caller, which drops events and tries again later.
"""

from __future__ import annotations

import datetime
import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path

log = logging.getLogger("kiosk")

KEEP_DAYS = 400
# How long one write waits for another program's lock before it is tried again later.
WAIT_SECONDS = 1.0
SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    day TEXT NOT NULL,          -- YYYY-MM-DD, local time; no finer time is kept
    kind TEXT NOT NULL,         -- one of usage.EVENTS
    detail TEXT NOT NULL,       -- a section id, a language code, a text size; never personal
    seconds REAL NOT NULL       -- time spent, for section_viewed; else 0
);
CREATE INDEX IF NOT EXISTS events_day ON events (day);
"""

Event = tuple[str, str, str, float]  # day, kind, detail, seconds


class Trouble(Enum):
    """Why the usage database cannot be used now, in words for staff and the log."""

    LOCKED = "the usage database is locked by another program"
    DAMAGED = "the usage database is damaged"
    READ_ONLY = "the data folder or the usage database is read-only"
    FULL = "the disk is full"
    FAILED = "the usage database cannot be written"


# SQLite's primary result codes (the low byte of an extended code).
_CODES = {
    5: Trouble.LOCKED,  # SQLITE_BUSY
    6: Trouble.LOCKED,  # SQLITE_LOCKED
    3: Trouble.READ_ONLY,  # SQLITE_PERM
    8: Trouble.READ_ONLY,  # SQLITE_READONLY
    14: Trouble.READ_ONLY,  # SQLITE_CANTOPEN: the file cannot be created in its folder
    13: Trouble.FULL,  # SQLITE_FULL
    11: Trouble.DAMAGED,  # SQLITE_CORRUPT: "database disk image is malformed"
    26: Trouble.DAMAGED,  # SQLITE_NOTADB: "file is not a database"
}
# For an error without a code (raised by other code than SQLite's), its words decide.
_WORDS = (
    ("locked", Trouble.LOCKED), ("busy", Trouble.LOCKED), ("readonly", Trouble.READ_ONLY),
    ("read-only", Trouble.READ_ONLY), ("unable to open", Trouble.READ_ONLY),
    ("full", Trouble.FULL), ("not a database", Trouble.DAMAGED), ("malformed", Trouble.DAMAGED),
)


def trouble_of(error: Exception) -> Trouble:
    """Which kind of trouble an error from SQLite or the file system is.

    Decided by SQLite's own error code where there is one, so that a lock (which passes) is
    never taken for damage (which sets the file aside).
    """
    if isinstance(error, OSError):
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return Trouble.READ_ONLY
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return Trouble.FULL
        return Trouble.FAILED
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _CODES:
        return _CODES[code & 0xFF]
    message = str(error).lower()
    return next((kind for words, kind in _WORDS if words in message), Trouble.FAILED)


class StoreError(Exception):
    """The events were not written; `trouble` says why."""

    def __init__(self, trouble: Trouble, error: Exception | str) -> None:
        super().__init__(f"{trouble.value} ({error})")
        self.trouble = trouble
        self.detail = str(error)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` now (None: none), to notice one removed or replaced."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


class UsageStore:
    """One SQLite connection to the usage file, opened when first needed and reopened when
    the file is removed, replaced or found damaged."""

    def __init__(self, path: Path, today: Callable[[], datetime.date]) -> None:
        self.path = path
        self._today = today
        self._connection: sqlite3.Connection | None = None
        self._identity: tuple[int, int] | None = None
        self._pruned = ""  # the day old rows were last removed

    def write(self, events: Sequence[Event]) -> None:
        """Write `events` in one transaction (none: just open); raise StoreError if they are not."""
        try:
            self._insert(self._ready(), events)
        except sqlite3.Error as error:
            trouble = trouble_of(error)
            if trouble is Trouble.LOCKED:
                raise StoreError(trouble, error) from None  # the same connection tries again
            self.close()
            if trouble is not Trouble.DAMAGED:
                raise StoreError(trouble, error) from None
            self._set_aside(error)
            try:
                self._insert(self._ready(), events)
            except sqlite3.Error as again:
                self.close()
                raise StoreError(trouble_of(again), again) from None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _ready(self) -> sqlite3.Connection:
        if self._connection is not None:
            if _identity(self.path) == self._identity:
                return self._connection
            log.warning("The usage database %s was removed or replaced; starting a fresh one",
                        self.path)
            self.close()
        try:
            connection = self._open()
        except StoreError as error:
            if error.trouble is not Trouble.DAMAGED:
                raise
            self._set_aside(error.detail)
            connection = self._open()
        self._connection, self._identity = connection, _identity(self.path)
        return connection

    def _open(self) -> sqlite3.Connection:
        """Open (or create) the file, add the table if missing, and check it is sound."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=WAIT_SECONDS)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(trouble_of(error), error) from None
        try:
            connection.executescript(SCHEMA)  # an empty file simply gets the table
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise StoreError(Trouble.DAMAGED, f"quick_check: {result}")
            self._pruned = ""
            self._insert(connection, ())
        except sqlite3.Error as error:
            connection.close()
            raise StoreError(trouble_of(error), error) from None
        except StoreError:
            connection.close()
            raise
        return connection

    def _insert(self, connection: sqlite3.Connection, events: Sequence[Event]) -> None:
        today = self._today().isoformat()
        with connection:
            # Once a day, so that a kiosk that runs for months still forgets old rows.
            if self._pruned != today:
                cutoff = (self._today() - datetime.timedelta(days=KEEP_DAYS)).isoformat()
                connection.execute("DELETE FROM events WHERE day < ?", (cutoff,))
            connection.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", events)
        self._pruned = today

    def _set_aside(self, error: Exception | str) -> None:
        """Keep a damaged file (and its journal) under another name, for a fresh one to start."""
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        log.error("Usage database %s is damaged (%s); kept as %s, starting a fresh one",
                  self.path, error, aside)
        try:
            for suffix in ("", "-journal", "-wal", "-shm"):
                part = self.path.with_name(self.path.name + suffix)
                if part.exists():
                    os.replace(part, aside.with_name(aside.name + suffix))
        except OSError as move_error:
            raise StoreError(Trouble.DAMAGED, f"{error}; it cannot be set aside: {move_error}") from None
