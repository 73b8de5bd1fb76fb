"""Starting up: broken content never leaves a blank or crashed screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.app import setup_logging
from kiosk.config import Settings
from tests.conftest import build_kiosk
from tests.helpers import page, tap, visible_text


def test_missing_content_shows_the_being_updated_screen(qtbot, qapp: QApplication, tmp_path: Path,
                                                        caplog) -> None:
    caplog.set_level(logging.ERROR, logger="kiosk")
    settings = Settings(content_dir=tmp_path / "nowhere")
    for kiosk in build_kiosk(qtbot, qapp, settings):
        assert page(kiosk) == "updating"
        shown = visible_text(kiosk.window)
        assert "This kiosk is being updated." in shown
        assert "Please ask the front desk." in shown
        assert not kiosk.screen.nav_bar.isVisible()
        assert not kiosk.idle.armed and kiosk.idle.remaining_ms == -1, "no idle reset of this screen"
        assert "the content folder does not exist" in str(kiosk.last_error)
    assert any("nowhere" in record.getMessage() for record in caplog.records)


def test_broken_content_file_is_logged_with_file_and_line(qtbot, qapp: QApplication, tmp_path: Path,
                                                          caplog) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "kiosk.yaml").write_text("clinic:\n  name: [oops\n", encoding="utf-8")
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        assert page(kiosk) == "updating"
    messages = [record.getMessage() for record in caplog.records]
    # Named where the '[' was left open (line 2), not where the parser gave up (line 3).
    assert any("content/kiosk.yaml:2: error: this is not valid YAML" in m for m in messages), messages


def test_staff_leave_with_ctrl_alt_shift_q_and_nothing_else(qtbot, kiosk, monkeypatch) -> None:
    exits: list[int] = []
    # Leaving for real would end the test's own event loop: record the exit status instead.
    monkeypatch.setattr(kiosk, "_exit", exits.append)
    window = kiosk.window
    window.activateWindow()
    qtbot.waitActive(window)
    for key, modifiers in [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)]:
        qtbot.keyClick(window, key, modifiers)
    assert exits == []
    staff = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_Q, staff)
    assert exits == [0]


def test_the_log_file_is_size_limited_and_gets_content_errors(qapp: QApplication, tmp_path: Path,
                                                              monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # Qt's test-mode data folder, this test's own
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging()
    try:
        assert path is not None and path.is_relative_to(tmp_path)
        added = [h for h in root.handlers if h not in before]
        rotating = [h for h in added if isinstance(h, RotatingFileHandler)]
        assert rotating and rotating[0].maxBytes == 1_000_000 and rotating[0].backupCount == 3
        logging.getLogger("kiosk").error("Content error: content/kiosk.yaml, line 4: example")
        rotating[0].flush()
        assert "content/kiosk.yaml, line 4: example" in path.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_fullscreen_covers_the_screen_without_a_frame(qtbot, kiosk) -> None:
    from kiosk.app import show_fullscreen

    window = kiosk.window
    show_fullscreen(window)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert window.geometry() == window.screen().geometry()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_first_frame_first_finishes_starting_after_the_first_paint(qtbot, qapp: QApplication,
                                                                   tmp_path: Path, caplog) -> None:
    from kiosk.app import FIRST_FRAME_LOGGED, create_kiosk

    caplog.set_level(logging.INFO, logger="kiosk")
    kiosk = create_kiosk(Settings(speech=False, fullscreen=True), qapp, data=tmp_path,
                         first_frame_first=True, build_ahead=False)
    qtbot.addWidget(kiosk.window)
    try:
        assert kiosk.usage is None and not kiosk.touch_ready, "nothing extra before the first frame"
        assert FIRST_FRAME_LOGGED not in caplog.text
        kiosk.window.show()
        qtbot.waitUntil(lambda: kiosk.usage is not None and kiosk.touch_ready, timeout=5000)
        assert FIRST_FRAME_LOGGED in caplog.text
        # Touches and the lockdown are on from then: a tap starts a session, a close is refused.
        with qtbot.waitSignal(kiosk.idle.woke, timeout=1000):
            tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
        assert page(kiosk) == "home"
        assert not kiosk.window.close() and kiosk.window.isVisible()
    finally:
        kiosk.shutdown()


def test_a_kiosk_stopped_before_its_first_frame_starts_nothing_after(qtbot, qapp: QApplication,
                                                                     tmp_path: Path) -> None:
    from kiosk.app import FirstPaint, create_kiosk

    kiosk = create_kiosk(Settings(speech=False, fullscreen=True), qapp, data=tmp_path,
                         first_frame_first=True, build_ahead=False)
    qtbot.addWidget(kiosk.window)
    first_paint = kiosk.window.findChild(FirstPaint)
    assert isinstance(first_paint, FirstPaint)
    kiosk.shutdown()
    kiosk.window.show()
    qtbot.waitUntil(lambda: not first_paint.pending, timeout=5000)
    assert kiosk.usage is None and not kiosk.touch_ready
