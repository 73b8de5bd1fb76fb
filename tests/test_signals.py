"""SIGTERM, SIGHUP and SIGINT end the kiosk cleanly; only real errors count as crashes."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.app import FIRST_FRAME_LOGGED
from kiosk.controller import Kiosk
from kiosk.crash_policy import CRASH_LIMIT
from kiosk.stop_signals import StopSignals
from tests.helpers import button_labelled, page, tap
from tests.real_kiosk import start_kiosk, wait_for_line


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_real_kiosk_ends_cleanly_on_a_signal(tmp_path: Path, name: str) -> None:
    kiosk = start_kiosk(tmp_path)
    try:
        seen = wait_for_line(kiosk, FIRST_FRAME_LOGGED)
        kiosk.send_signal(getattr(signal, name))
        _out, rest = kiosk.communicate(timeout=20)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.communicate()
    errors = seen + rest
    assert kiosk.returncode == 0, errors
    assert f"INFO The kiosk was stopped by the system ({name})" in errors
    assert "Traceback" not in errors and " ERROR " not in errors and " CRITICAL " not in errors
    log_file = tmp_path / "data" / "lupus-kiosk" / "logs" / "kiosk.log"
    assert f"stopped by the system ({name})" in log_file.read_text(encoding="utf-8")


@pytest.fixture
def stop_signals(qapp: QApplication) -> Iterator[StopSignals]:
    """The kiosk's signal handling, installed in this process, and taken off again."""
    watcher = StopSignals(qapp)
    try:
        yield watcher
    finally:
        watcher.close()
        watcher.setParent(None)


def open_symptoms(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    tap(qtbot, button_labelled(kiosk.window, "Symptoms"))
    assert page(kiosk) == "symptoms"


def section_seconds(kiosk: Kiosk) -> dict[str, float]:
    """The time per section in the usage database, read from the file once the kiosk has shut down."""
    assert kiosk.usage is not None
    connection = sqlite3.connect(kiosk.usage.path)
    try:
        rows = connection.execute("SELECT detail, SUM(seconds) FROM events "
                                  "WHERE kind = 'section_viewed' GROUP BY detail").fetchall()
    finally:
        connection.close()
    return dict(rows)


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_reaches_the_ui_thread_and_the_open_section_is_recorded(
        qtbot, kiosk: Kiosk, stop_signals: StopSignals, monkeypatch, caplog, name: str) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    exits: list[int] = []
    # Leaving for real would end the test's own event loop: record the exit status instead.
    monkeypatch.setattr(kiosk, "_exit", exits.append)
    stop_signals.received.connect(kiosk.stop_by_signal)
    open_symptoms(qtbot, kiosk)
    with qtbot.waitSignal(stop_signals.received, timeout=2000) as received:
        os.kill(os.getpid(), getattr(signal, name))
    assert received.args == [name]
    assert exits == [0]
    assert f"stopped by the system ({name})" in caplog.text
    kiosk.shutdown()  # as main() does once the event loop has ended
    assert section_seconds(kiosk).get("symptoms", 0) > 0


def test_a_staff_exit_records_the_open_section_too(qtbot, kiosk: Kiosk, monkeypatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(kiosk, "_exit", exits.append)
    open_symptoms(qtbot, kiosk)
    kiosk.window.activateWindow()
    qtbot.waitActive(kiosk.window)
    staff = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Q, staff)
    assert exits == [0]
    kiosk.shutdown()
    assert section_seconds(kiosk).get("symptoms", 0) > 0


@pytest.mark.parametrize("error", [KeyboardInterrupt(), SystemExit(0)])
def test_a_request_to_end_is_never_a_crash(kiosk: Kiosk, monkeypatch, caplog,
                                           error: BaseException) -> None:
    exits: list[int] = []
    monkeypatch.setattr(kiosk, "_exit", exits.append)
    for _ in range(CRASH_LIMIT + 2):
        kiosk.handle_exception(type(error), error, None)
    assert exits == [0] * (CRASH_LIMIT + 2), "a clean end each time, never the crash-loop status"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert kiosk.usage is not None
    assert not [t for t in kiosk.usage.totals(1) if t.kind == "crash"]
