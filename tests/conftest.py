"""Shared fixtures: a headless Qt, the real content, and a kiosk built by the app's factory."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk, create_kiosk
from kiosk.config import DEFAULT_CONTENT_DIR, Settings

QStandardPaths.setTestModeEnabled(True)  # logs and data go to a test folder, not the user's

# Shortened times for the idle tests: a 1-second countdown step would make them slow.
TICK_MS = 20


@pytest.fixture
def content_dir() -> Path:
    return DEFAULT_CONTENT_DIR


@pytest.fixture(autouse=True)
def no_timer_left_running(qapp: QApplication) -> Iterator[None]:
    """Fail any test that leaves a timer of the application running (napari's rule)."""
    yield
    running = [t for t in qapp.findChildren(QTimer) if t.isActive()]
    owners = [type(t.parent()).__name__ for t in running]
    assert not running, f"a test left {len(running)} QTimer(s) running, of {owners}"


def build_kiosk(qtbot, qapp: QApplication, settings: Settings, data: Path | None = None,
                **options: object) -> Iterator[Kiosk]:
    """A kiosk from the app's own factory, shown, with mock speech and its own data folder."""
    data = data or Path(tempfile.mkdtemp(prefix="kiosk-test-"))
    # Pages are built on first show in tests; tests/test_storm.py checks building them ahead.
    options.setdefault("build_ahead", False)
    options.setdefault("speech_engine", "mock")  # tests/test_speech_worker.py gives None
    kiosk = create_kiosk(settings, qapp, tick_ms=TICK_MS, data=data,
                         **options)  # type: ignore[arg-type]
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    yield kiosk
    kiosk.shutdown()


@pytest.fixture
def kiosk(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    """The kiosk on the real content, with the default (long) idle times."""
    yield from build_kiosk(qtbot, qapp, Settings())
