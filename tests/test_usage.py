"""Anonymous usage figures: written without blocking, exported, kept small, never fatal."""

from __future__ import annotations

import csv
import datetime
import logging
import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.app import USAGE_FILE, data_dir, main
from kiosk.controller import Kiosk
from kiosk.usage import KEEP_DAYS, UsageLog, export_csv
from tests.helpers import button_labelled, tap


def kinds(log: UsageLog, days: int = 1) -> dict[tuple[str, str], int]:
    return {(t.kind, t.detail): t.count for t in log.totals(days)}


def test_a_patient_session_is_recorded_without_anything_personal(qtbot, kiosk: Kiosk, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk")
    window = kiosk.window
    qtbot.mouseClick(kiosk.screen.pages["disclaimer"].text, Qt.MouseButton.LeftButton)
    tap(qtbot, button_labelled(window, "I understand"))
    tap(qtbot, button_labelled(window, "Symptoms"))
    tap(qtbot, button_labelled(window, "Listen"))
    tap(qtbot, kiosk.screen.larger_button)
    tap(qtbot, button_labelled(window, "Español"))
    tap(qtbot, button_labelled(window, "Inicio"))
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
    assert seconds["symptoms"] >= 0
    # The log speaks of the kiosk, never of what a patient read or touched.
    for record in caplog.records:
        assert "Butterfly" not in record.getMessage() and "Listen" not in record.getMessage()


def test_export_usage_writes_daily_totals_as_csv(tmp_path: Path, capsys) -> None:
    path = data_dir() / USAGE_FILE
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


def test_a_locked_database_never_holds_up_the_screen(tmp_path: Path, caplog) -> None:
    path = tmp_path / USAGE_FILE
    log = UsageLog(path)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        started = time.perf_counter()
        for _ in range(3):
            log.record("read_aloud", "en")
        assert time.perf_counter() - started < 0.05, "recording only queues the event"
        log.flush()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert "Usage event not recorded" in caplog.text
    log.record("read_aloud", "en")
    assert kinds(log) == {("read_aloud", "en"): 1}
    log.close()


def test_old_rows_are_pruned(tmp_path: Path) -> None:
    path = tmp_path / USAGE_FILE
    today = datetime.date(2026, 11, 25)
    log = UsageLog(path, today=lambda: today)
    log.close()
    with sqlite3.connect(path) as connection:
        old = (today - datetime.timedelta(days=KEEP_DAYS + 1)).isoformat()
        connection.execute("INSERT INTO events VALUES (?, 'idle_reset', '', 0)", (old,))
        connection.execute("INSERT INTO events VALUES (?, 'idle_reset', '', 0)", (today.isoformat(),))
    log = UsageLog(path, today=lambda: today)
    log.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1


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
