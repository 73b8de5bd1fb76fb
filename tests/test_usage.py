"""Anonymous usage figures: written without blocking, exported, kept small, never fatal.

Each kind of trouble with the database has one defined outcome (README, 'Usage figures'):
locked waits, read-only or full drops with one log line and tries again later, removed starts
afresh, damaged is set aside, empty is simply used. The tests run as any user (root too), so
read-only and full are made real by how the writer's connection is opened, not by chmod.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import errno
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import kiosk.app
from kiosk import usage, usage_store
from kiosk.app import USAGE_FILE, data_dir, main
from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.usage import KEEP_DAYS, Trouble, UsageLog, export_csv
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, open_text_sheet, page, tap

real_connect = sqlite3.connect


def kinds(log: UsageLog, days: int = 1) -> dict[tuple[str, str], int]:
    return {(t.kind, t.detail): t.count for t in log.totals(days)}


def count_rows(path: Path) -> int:
    with contextlib.closing(real_connect(path)) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM events").fetchone()[0])


def read_only(database: Any, *args: Any, **options: Any) -> sqlite3.Connection:
    """A connection that SQLite itself refuses to write through, as on a read-only folder."""
    options.pop("uri", None)
    return real_connect(f"{Path(database).resolve().as_uri()}?mode=ro", *args, uri=True, **options)


def full(database: Any, *args: Any, **options: Any) -> sqlite3.Connection:
    """A connection that may not grow the file by a page, as on a full disk."""
    connection = real_connect(database, *args, **options)
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
    return connection


@pytest.fixture
def quick(monkeypatch) -> None:
    """Short waits for a lock, so that the lock tests take milliseconds."""
    monkeypatch.setattr(usage_store, "WAIT_SECONDS", 0.02)
    monkeypatch.setattr(usage, "LOCKED_RETRY_SECONDS", 0.02)
    monkeypatch.setattr(usage, "READ_WAIT_SECONDS", 0.02)


@contextlib.contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Another program holding the database, as a backup tool or sqlite3 shell might."""
    with contextlib.closing(real_connect(path, isolation_level=None)) as blocker:
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            blocker.execute("ROLLBACK")


def test_a_patient_session_is_recorded_without_anything_personal(qtbot, kiosk: Kiosk, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk")
    window = kiosk.window
    qtbot.mouseClick(kiosk.screen.pages["disclaimer"].text, Qt.MouseButton.LeftButton)
    tap(qtbot, button_labelled(window, "I understand"))
    before_symptoms = time.monotonic()
    tap(qtbot, button_labelled(window, "Symptoms"))
    on_symptoms = time.monotonic()
    tap(qtbot, button_labelled(window, "Listen"))
    open_text_sheet(qtbot, kiosk)
    still_on_symptoms = time.monotonic()  # the page is rebuilt from here: larger, in Spanish
    tap(qtbot, kiosk.screen.larger_button)
    tap(qtbot, button_labelled(window, "Español"))
    tap(qtbot, button_labelled(window, "Inicio"))
    left_symptoms = time.monotonic()
    kiosk.idle.expired.emit()
    assert kiosk.usage is not None
    recorded = kinds(kiosk.usage)
    assert recorded[("session_start", "")] == 1
    assert recorded[("disclaimer_acknowledged", "")] == 1
    assert recorded[("section_viewed", "symptoms")] >= 1
    assert recorded[("read_aloud", "en")] == 1
    assert recorded[("text_size", "150%")] == 1
    assert recorded[("language", "es")] == 1
    assert recorded[("idle_reset", "")] == 1
    seconds = {t.detail: t.seconds for t in kiosk.usage.totals(1) if t.kind == "section_viewed"}
    # The time Symptoms was on screen, whatever the patient changed meanwhile, and no more.
    assert still_on_symptoms - on_symptoms <= seconds["symptoms"] <= left_symptoms - before_symptoms
    # The log speaks of the kiosk, never of what a patient read or touched.
    for record in caplog.records:
        assert "Butterfly" not in record.getMessage() and "Listen" not in record.getMessage()


@pytest.fixture
def own_data_dir(tmp_path: Path, monkeypatch) -> Path:
    """The data folder of Qt's test mode, under this test's own home: tests running at the same
    time in other processes have theirs (Qt reads HOME each time it is asked)."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = data_dir()
    assert folder.is_relative_to(tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_export_usage_writes_daily_totals_as_csv(tmp_path: Path, capsys, own_data_dir: Path) -> None:
    path = own_data_dir / USAGE_FILE
    path.unlink(missing_ok=True)
    log = UsageLog(path)
    log.record("session_start")
    log.record("section_viewed", "symptoms", 42.0)
    log.record("section_viewed", "symptoms", 8.0)
    log.close()
    target = tmp_path / "usage.csv"
    try:
        assert main(["export-usage", str(target)]) == 0
    finally:
        path.unlink()
    assert "Wrote 2 rows" in capsys.readouterr().out
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    today = datetime.date.today().isoformat()
    assert {"day": today, "event": "section_viewed", "detail": "symptoms", "count": "2",
            "seconds": "50.0"} in rows
    assert {"day": today, "event": "session_start", "detail": "", "count": "1", "seconds": "0.0"} in rows


@pytest.mark.parametrize(("problem", "message"), [
    ("locked", "the usage database is locked by another program"),
    ("damaged", "the usage database is damaged"),
    ("unreadable", "the usage database cannot be opened"),
])
def test_export_usage_says_in_one_line_why_it_cannot(tmp_path: Path, capsys, quick, problem: str,
                                                     message: str, own_data_dir: Path) -> None:
    path = own_data_dir / USAGE_FILE
    path.unlink(missing_ok=True)
    target = tmp_path / "usage.csv"
    try:
        if problem == "locked":
            log = UsageLog(path)
            log.record("session_start")
            log.close()
            with exclusive_lock(path):
                assert main(["export-usage", str(target)]) == 1
        elif problem == "damaged":
            path.write_bytes(b"this is not a database" * 100)
            assert main(["export-usage", str(target)]) == 1
        else:
            path.mkdir()  # a folder where the file should be
            assert main(["export-usage", str(target)]) == 1
    finally:
        if path.is_dir():
            path.rmdir()
        path.unlink(missing_ok=True)
    err = capsys.readouterr().err
    assert err.startswith(f"lupus-kiosk: cannot export the usage figures: {message}")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not target.exists(), "no half-written CSV is left behind"


def test_a_damaged_database_is_set_aside_and_a_fresh_one_used(tmp_path: Path, caplog) -> None:
    path = tmp_path / USAGE_FILE
    path.write_bytes(b"this is not a database" * 100)
    log = UsageLog(path)
    log.record("idle_reset")
    assert kinds(log) == {("idle_reset", ""): 1}
    log.close()
    aside = list(tmp_path.glob(f"{USAGE_FILE}.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not a database")
    assert "is damaged" in caplog.text


def test_a_malformed_database_is_set_aside_too(tmp_path: Path) -> None:
    path = tmp_path / USAGE_FILE
    log = UsageLog(path)
    for number in range(2000):
        log.record("section_viewed", f"section-{number}", 1.0)
    log.close()
    data = bytearray(path.read_bytes())
    data[4096:4096 + 12] = b"\xff" * 12  # scribble over the second page's header
    path.write_bytes(bytes(data))
    log = UsageLog(path)
    log.record("idle_reset")
    assert kinds(log) == {("idle_reset", ""): 1}
    log.close()
    assert len(list(tmp_path.glob(f"{USAGE_FILE}.damaged-*"))) == 1


def test_an_empty_file_is_simply_used(tmp_path: Path) -> None:
    path = tmp_path / USAGE_FILE
    path.write_bytes(b"")
    log = UsageLog(path)
    log.record("idle_reset")
    assert kinds(log) == {("idle_reset", ""): 1}
    log.close()
    assert list(tmp_path.iterdir()) == [path], "nothing set aside"


def test_a_locked_database_is_waited_for_and_never_set_aside(qtbot, tmp_path: Path, quick,
                                                             caplog, monkeypatch) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    writers: set[str] = set()  # the threads that wrote to the database
    real_write = usage_store.UsageStore.write

    def write(store: usage_store.UsageStore, events: list[usage_store.Event]) -> None:
        writers.add(threading.current_thread().name)
        real_write(store, events)

    monkeypatch.setattr(usage_store.UsageStore, "write", write)
    path = tmp_path / USAGE_FILE
    log = UsageLog(path)
    for _ in range(3018):
        log.record("section_viewed", "symptoms", 1.0)
    log.close()
    # Locked when the kiosk starts and while patients use it: nothing is lost or moved.
    with exclusive_lock(path):
        log = UsageLog(path)
        for _ in range(3):
            log.record("read_aloud", "en")
        assert writers == {"usage-writer"}, "recording only queues the event; the writer writes"
        qtbot.waitUntil(lambda: log.problem is Trouble.LOCKED, timeout=2000)
        assert not log.flush(timeout=0.05), "the events wait for the lock"
    assert log.flush(timeout=2)
    assert log.problem is None
    assert kinds(log) == {("read_aloud", "en"): 3, ("section_viewed", "symptoms"): 3018}
    log.close()
    assert list(tmp_path.iterdir()) == [path], "a lock is not damage"
    assert "is damaged" not in caplog.text
    assert caplog.text.count("Usage events wait: the usage database is locked") == 1
    assert "The usage database is free again; the waiting events are written" in caplog.text


@pytest.mark.parametrize(("connect", "trouble", "existing"), [
    (read_only, Trouble.READ_ONLY, True),
    (read_only, Trouble.READ_ONLY, False),
    (full, Trouble.FULL, False),
])
def test_a_read_only_or_full_database_drops_events_with_one_log_line_and_tries_again(
        tmp_path: Path, monkeypatch, caplog, connect: Callable[..., sqlite3.Connection],
        trouble: Trouble, existing: bool) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    path = tmp_path / USAGE_FILE
    if existing:
        log = UsageLog(path)
        log.record("session_start")
        log.close()
    attempts: list[str] = []

    def failing(database: Any, *args: Any, **options: Any) -> sqlite3.Connection:
        attempts.append(str(database))
        return connect(database, *args, **options)

    with monkeypatch.context() as failure:
        failure.setattr(sqlite3, "connect", failing)
        log = UsageLog(path)
        for _ in range(20):
            log.record("idle_reset")
        assert log.flush(timeout=5)
        assert log.problem is trouble
    assert len(attempts) == 1, "the file is left alone for a while, not tried at each event"
    messages = [r.getMessage() for r in caplog.records if "not recorded" in r.getMessage()]
    assert len(messages) == 1, "one line for the outage, not one per event"
    assert messages[0].startswith(f"Usage events are not recorded: {trouble.value} (")
    assert messages[0].endswith("; trying again every 60 s")
    # Once the folder can be written again, the next event after the wait is recorded.
    monkeypatch.setattr(usage, "RETRY_SECONDS", 0.0)
    log.record("idle_reset")
    assert log.flush(timeout=5)
    assert log.problem is None
    expected = {("idle_reset", ""): 1} | ({("session_start", ""): 1} if existing else {})
    assert kinds(log) == expected
    log.close()
    assert "Usage figures are recorded again (20 events were not recorded meanwhile)" in caplog.text
    assert list(tmp_path.iterdir()) == [path], "nothing set aside"


def test_a_database_removed_while_running_is_started_afresh(tmp_path: Path, caplog) -> None:
    path = tmp_path / USAGE_FILE
    log = UsageLog(path)
    log.record("session_start")
    log.flush()
    path.unlink()
    log.record("idle_reset")
    assert kinds(log) == {("idle_reset", ""): 1}
    log.close()
    assert count_rows(path) == 1
    assert "was removed or replaced; starting a fresh one" in caplog.text


def test_an_unexpected_error_in_the_writer_drops_events_but_never_stops_it(
        tmp_path: Path, monkeypatch) -> None:
    def broken(self: usage_store.UsageStore, events: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(usage_store.UsageStore, "write", broken)
    log = UsageLog(tmp_path / USAGE_FILE)
    log.record("idle_reset")
    assert log.flush(timeout=5)
    assert log.problem is Trouble.FAILED
    log.close()


@pytest.mark.parametrize("failure", [
    sqlite3.OperationalError("unable to open database file"),
    OSError(errno.ENOSPC, "No space left on device"),
    RuntimeError("can't start new thread"),
])
def test_start_up_with_unusable_usage_figures_still_resets_when_idle(
        qtbot, qapp: QApplication, monkeypatch, caplog, failure: Exception) -> None:
    def refuse(path: Path) -> UsageLog:
        raise failure

    monkeypatch.setattr(kiosk.app, "UsageLog", refuse)
    settings = Settings(idle_timeout=0.3, idle_warning=3)
    for running in build_kiosk(qtbot, qapp, settings, first_frame_first=True):
        qtbot.waitUntil(lambda this=running: this.touch_ready, timeout=5000)  # start-up went to its end
        assert running.usage is None
        with qtbot.waitSignal(running.idle.woke, timeout=1000):
            tap(qtbot, running.screen.pages["disclaimer"].understand)
        assert page(running) == "home"
        with qtbot.waitSignal(running.idle.expired, timeout=3000):
            pass
        assert page(running) == "disclaimer"
    assert "Usage figures are not recorded" in caplog.text


def test_a_read_only_data_folder_does_not_stop_idle_resets(qtbot, qapp: QApplication, monkeypatch,
                                                            caplog) -> None:
    monkeypatch.setattr(sqlite3, "connect", read_only)
    settings = Settings(idle_timeout=0.3, idle_warning=3)
    for running in build_kiosk(qtbot, qapp, settings, first_frame_first=True):
        qtbot.waitUntil(lambda this=running: this.touch_ready, timeout=5000)
        for _ in range(2):
            tap(qtbot, running.screen.pages["disclaimer"].understand)
            with qtbot.waitSignal(running.idle.expired, timeout=3000):
                pass
            assert page(running) == "disclaimer"
        assert running.usage is not None and running.usage.flush(timeout=5)
        assert running.usage.problem is Trouble.READ_ONLY
    assert caplog.text.count("Usage events are not recorded") == 1


def test_old_rows_are_pruned(tmp_path: Path) -> None:
    path = tmp_path / USAGE_FILE
    today = datetime.date(2026, 11, 25)
    log = UsageLog(path, today=lambda: today)
    log.close()
    with contextlib.closing(real_connect(path)) as connection, connection:
        old = (today - datetime.timedelta(days=KEEP_DAYS + 1)).isoformat()
        connection.execute("INSERT INTO events VALUES (?, 'idle_reset', '', 0)", (old,))
        connection.execute("INSERT INTO events VALUES (?, 'idle_reset', '', 0)", (today.isoformat(),))
    log = UsageLog(path, today=lambda: today)
    log.close()
    assert count_rows(path) == 1


def test_a_kiosk_that_runs_for_months_still_prunes(tmp_path: Path) -> None:
    path = tmp_path / USAGE_FILE
    day = [datetime.date(2025, 1, 1)]
    log = UsageLog(path, today=lambda: day[0])
    log.record("session_start")
    log.flush()
    day[0] += datetime.timedelta(days=KEEP_DAYS + 1)
    log.record("session_start")
    log.close()
    assert count_rows(path) == 1


def test_today_and_the_last_30_days(tmp_path: Path) -> None:
    path = tmp_path / USAGE_FILE
    day = [datetime.date(2026, 11, 1)]
    log = UsageLog(path, today=lambda: day[0])
    log.record("session_start")
    log.flush()
    day[0] = datetime.date(2026, 11, 25)
    log.record("session_start")
    assert kinds(log, 1) == {("session_start", ""): 1}
    assert kinds(log, 30) == {("session_start", ""): 2}
    log.close()
    assert export_csv(path, tmp_path / "out.csv") == 2
