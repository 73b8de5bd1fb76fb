"""Content reload: checked in full first, never mid-page, and never a broken screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.app import content_checks
from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.reload import ContentSource
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, page, tap, visible_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    return copy


@pytest.fixture
def reloading(qtbot, qapp: QApplication, folder: Path) -> Iterator[Kiosk]:
    yield from build_kiosk(qtbot, qapp, Settings(content_dir=folder))


def retitle(folder: Path, old: str, new: str) -> None:
    index = folder / "kiosk.yaml"
    index.write_text(index.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def test_a_change_waits_for_the_patient_to_leave(qtbot, reloading: Kiosk, folder: Path) -> None:
    tap(qtbot, button_labelled(reloading.window, "I understand"))
    tap(qtbot, button_labelled(reloading.window, "Symptoms"))
    retitle(folder, "title: Symptoms", "title: Signs and Symptoms")
    assert reloading.reload_content()
    assert page(reloading) == "symptoms"
    assert "Signs and Symptoms" not in visible_text(reloading.screen), "not mid-page"
    assert reloading.pending is not None
    reloading.idle.expired.emit()
    tap(qtbot, button_labelled(reloading.window, "I understand"))
    tap(qtbot, button_labelled(reloading.window, "Symptoms"))
    assert "Signs and Symptoms" in visible_text(reloading.screen)


def test_with_nobody_there_a_change_shows_at_once(qtbot, reloading: Kiosk, folder: Path) -> None:
    assert reloading.idle.armed
    retitle(folder, "title: Medical Disclaimer", "title: About This Kiosk")
    assert reloading.reload_content()
    assert "About This Kiosk" in visible_text(reloading.screen)


def test_broken_content_keeps_what_is_shown(qtbot, reloading: Kiosk, folder: Path) -> None:
    retitle(folder, "  name: Stemedix", "  name: [Stemedix")
    assert not reloading.reload_content()
    assert "Medical Disclaimer" in visible_text(reloading.screen)
    error = reloading.last_error
    assert error is not None and error.path == Path("content/kiosk.yaml") and error.line
    panel_text = reloading.staff.report()[0]
    assert f"content/kiosk.yaml, line {error.line}: this is not valid YAML" in panel_text


def test_fixed_content_replaces_the_being_updated_screen(qtbot, qapp: QApplication, folder: Path) -> None:
    (folder / "kiosk.yaml").rename(folder / "kiosk.yaml.bak")
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        assert page(kiosk) == "updating"
        (folder / "kiosk.yaml.bak").rename(folder / "kiosk.yaml")
        assert kiosk.reload_content()
        assert page(kiosk) == "disclaimer"
        assert kiosk.idle.armed


def test_the_folder_is_watched_and_changes_are_debounced(qtbot, folder: Path) -> None:
    owner = QObject()
    source = ContentSource(lambda: folder, owner, content_checks, debounce_ms=50)
    try:
        assert source.load() is not None
        with qtbot.waitSignal(source.changed, timeout=5000):
            retitle(folder, "title: Symptoms", "title: Symptoms Today")
            (folder / "sections" / "symptoms.md").write_text("Changed.\n", encoding="utf-8")
        with qtbot.assertNotEmitted(source.changed, wait=200):
            pass
    finally:
        source.stop()


def test_a_rollout_that_switches_a_symlink_is_noticed(qtbot, tmp_path: Path) -> None:
    """The README's rollout: rsync to a new folder, then rename a new link over the old one."""
    old, new = tmp_path / "content-1", tmp_path / "content-2"
    shutil.copytree(ROOT / "content", old)
    shutil.copytree(ROOT / "content", new)
    retitle(new, "title: Symptoms", "title: Symptoms Today")
    link = tmp_path / "content"
    link.symlink_to(old)
    owner = QObject()
    source = ContentSource(lambda: link, owner, content_checks, debounce_ms=50)
    try:
        first = source.load()
        assert first is not None and first.original.section("symptoms").title == "Symptoms"
        with qtbot.waitSignal(source.changed, timeout=5000):
            (tmp_path / "content.new").symlink_to(new)
            (tmp_path / "content.new").replace(link)  # rename(2): atomic, as `mv -T` does
        second = source.load()
        assert second is not None and second.original.section("symptoms").title == "Symptoms Today"
    finally:
        source.stop()
