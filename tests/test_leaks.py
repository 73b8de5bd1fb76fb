"""Nothing stacks up over a day: language switches and shut-down kiosks leave no object behind.

A kiosk runs for months, so every object is counted: all under the application, and every
top-level widget with all under it (tests/test_storm.py runs a whole day of patients).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from kiosk.app import create_kiosk
from kiosk.config import Settings
from kiosk.controller import Kiosk
from tests.conftest import FIXTURE_CONTENT_DIR
from tests.helpers import tap


def live_objects() -> Counter[str]:
    """Every object under the application and every top-level widget with all under it, by class.

    Objects deleted later (deleteLater) are deleted first.
    """
    for _ in range(2):  # a deletion may ask for another
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    app = QApplication.instance()
    assert app is not None
    found: list[QObject] = app.findChildren(QObject)
    for widget in QApplication.topLevelWidgets():
        found += [widget, *widget.findChildren(QObject)]
    return Counter(type(o).__name__ for o in found)


def growth(before: Counter[str], after: Counter[str]) -> str:
    """What changed between two counts, for the failure message."""
    return f"more: {dict(after - before)}, fewer: {dict(before - after)}"


def switch_language_twice(qtbot, kiosk: Kiosk) -> None:
    """To the other language and back, with the language button a patient touches."""
    for _ in range(2):
        tap(qtbot, kiosk.screen.language_buttons[0])


def test_switching_language_all_day_adds_no_object(qtbot, kiosk: Kiosk) -> None:
    switch_language_twice(qtbot, kiosk)
    before = live_objects()
    language = kiosk.preferences.language
    for _ in range(3):
        switch_language_twice(qtbot, kiosk)
    assert kiosk.preferences.language == language
    after = live_objects()
    assert after == before, f"6 language switches later: {growth(before, after)}"


def run_kiosk(qtbot, qapp: QApplication, data: Path) -> None:
    """Build a fullscreen kiosk, let a patient switch language, then shut it down and close it
    as main() does, with its window deleted."""
    settings = Settings(fullscreen=True, content_dir=FIXTURE_CONTENT_DIR)
    kiosk = create_kiosk(settings, qapp, data=data, build_ahead=False, speech_engine="mock")
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    switch_language_twice(qtbot, kiosk)
    kiosk.shutdown()
    kiosk.window.deleteLater()


def test_a_kiosk_shut_down_leaves_nothing_under_the_application(qtbot, qapp: QApplication,
                                                                tmp_path: Path) -> None:
    run_kiosk(qtbot, qapp, tmp_path)  # the first one loads what a process loads once (fonts, styles)
    before = live_objects()
    run_kiosk(qtbot, qapp, tmp_path)
    after = live_objects()
    assert after == before, f"a kiosk built and shut down: {growth(before, after)}"
