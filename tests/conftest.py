"""Shared fixtures: a headless Qt, small test content, and a kiosk built by the app's factory."""

from __future__ import annotations

import dataclasses
import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk, create_kiosk
from kiosk.config import DEFAULT_CONTENT_DIR, Settings
from tests.timer_guard import TimerWatch, describe

QStandardPaths.setTestModeEnabled(True)  # logs and data go to a test folder, not the user's

# Shortened times for the idle tests: a 1-second countdown step would make them slow.
TICK_MS = 20
# How long a test waits for something to happen (a timer's signal, speech): a wait ends as soon as
# it happens, so it is long enough for a machine busy with other work (tests run side by side).
WAIT_MS = 15000


# Small content of the tests' own (tests/fixtures/content/README.md): the UI tests run on it, so
# that an edit of the clinic's content breaks none of them. The tests about that content
# (test_content, test_fidelity, test_check_content ...) read DEFAULT_CONTENT_DIR, and build a
# kiosk on it with `real_content=True` where they check what the clinic's pages say.
FIXTURE_CONTENT_DIR = Path(__file__).resolve().parent / "fixtures" / "content"


@pytest.fixture
def content_dir() -> Path:
    return FIXTURE_CONTENT_DIR


@pytest.fixture(autouse=True)
def no_timer_left_running(qapp: QApplication) -> Iterator[None]:
    """Fail any test that leaves a QTimer running, wherever it is parented (napari's rule).

    QTimer.start and QTimer.singleShot are watched for the test's length (tests/timer_guard.py).
    At the end none may still run, not even under a window the test closed (shutdown() stops
    what the kiosk started); any that does is stopped, so that no later test sees it.
    """
    watch = TimerWatch()
    watch.watch()
    try:
        yield
    finally:
        watch.unwatch()
    running = watch.stop_all()
    assert not running, f"a test left {len(running)} QTimer(s) running: {describe(running)}"


def build_kiosk(qtbot, qapp: QApplication, settings: Settings, data: Path | None = None,
                real_content: bool = False, **options: object) -> Iterator[Kiosk]:
    """A kiosk from the app's own factory, shown, with mock speech and its own data folder.

    Settings that name no content folder get the test content; `real_content` keeps the
    clinic's (for the tests about what its pages say).
    """
    if settings.content_dir == DEFAULT_CONTENT_DIR and not real_content:
        settings = dataclasses.replace(settings, content_dir=FIXTURE_CONTENT_DIR)
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
    """The kiosk on the test content, with the default (long) idle times."""
    yield from build_kiosk(qtbot, qapp, Settings())


@pytest.fixture
def real_kiosk(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    """The kiosk on the clinic's real content: for tests about what its pages say."""
    yield from build_kiosk(qtbot, qapp, Settings(), real_content=True)
