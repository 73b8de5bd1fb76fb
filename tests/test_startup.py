"""Starting up: broken content never leaves a blank or crashed screen."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from tests.conftest import build_kiosk
from tests.helpers import page, visible_text


def test_missing_content_shows_the_being_updated_screen(qtbot, qapp: QApplication, tmp_path: Path,
                                                        caplog) -> None:
    caplog.set_level(logging.ERROR, logger="kiosk")
    settings = Settings(content_dir=tmp_path / "nowhere")
    for kiosk in build_kiosk(qtbot, qapp, settings):
        assert page(kiosk) == "updating"
        shown = visible_text(kiosk.window)
        assert "This kiosk is being updated." in shown
        assert "Please ask the front desk." in shown
        assert not kiosk.window.nav_bar.isVisible()
        assert kiosk.idle is None
        assert "the content folder does not exist" in str(kiosk.error)
    assert any("nowhere" in record.getMessage() for record in caplog.records)


def test_broken_content_file_is_logged_with_file_and_line(qtbot, qapp: QApplication, tmp_path: Path,
                                                          caplog) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "kiosk.yaml").write_text("clinic:\n  name: [oops\n", encoding="utf-8")
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        assert page(kiosk) == "updating"
    messages = [record.getMessage() for record in caplog.records]
    assert any("content/kiosk.yaml, line 3: this is not valid YAML" in m for m in messages), messages
