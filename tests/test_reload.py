"""Content reload: checked in full first, never mid-page, and never a broken screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from kiosk import reload
from kiosk.app import content_checks
from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.reload import ContentSource
from tests.conftest import FIXTURE_CONTENT_DIR, build_kiosk
from tests.helpers import button_labelled, page, tap, visible_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT_DIR, copy)
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
    retitle(folder, "  name: Harbour Test Clinic", "  name: [Harbour Test Clinic")
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
    shutil.copytree(FIXTURE_CONTENT_DIR, old)
    shutil.copytree(FIXTURE_CONTENT_DIR, new)
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


# --- a folder taken away and put back -----------------------------------------------------------


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kiosk's changes settle in 50 ms instead of seconds."""
    monkeypatch.setattr(reload, "DEBOUNCE_MS", 50)


def take_away(folder: Path, how: str) -> Path:
    """Move the folder aside, or delete it (keeping a copy); where it can be brought back from."""
    aside = folder.with_name("content.aside")
    if how == "moved":
        folder.rename(aside)
    else:
        shutil.copytree(folder, aside)
        shutil.rmtree(folder)
    return aside


@pytest.mark.parametrize("how", ["moved", "deleted"])
def test_a_folder_taken_away_and_put_back_is_noticed(qtbot, folder: Path, how: str) -> None:
    owner = QObject()
    source = ContentSource(lambda: folder, owner, content_checks, debounce_ms=50)
    try:
        assert source.load() is not None
        with qtbot.waitSignal(source.changed, timeout=5000):
            aside = take_away(folder, how)
        assert source.load() is None
        assert source.last_error is not None and "does not exist" in source.last_error.message
        with qtbot.waitSignal(source.changed, timeout=5000):
            aside.rename(folder)
        assert source.load() is not None
    finally:
        source.stop()


def test_other_changes_beside_the_folder_do_not_reload(qtbot, folder: Path) -> None:
    owner = QObject()
    source = ContentSource(lambda: folder, owner, content_checks, debounce_ms=50)
    try:
        assert source.load() is not None
        with qtbot.assertNotEmitted(source.changed, wait=200):
            (folder.parent / "kiosk.log").write_text("a line\n", encoding="utf-8")
            (folder.parent / "elsewhere").mkdir()
    finally:
        source.stop()


@pytest.fixture
def watching(qtbot, qapp: QApplication, folder: Path, quick: None) -> Iterator[Kiosk]:
    """A kiosk on a copy of the content, noticing changes quickly."""
    yield from build_kiosk(qtbot, qapp, Settings(content_dir=folder))


def test_a_kiosk_started_without_its_folder_shows_it_when_it_comes(qtbot, qapp: QApplication, folder: Path,
                                                                     quick: None) -> None:
    aside = take_away(folder, "moved")
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        assert page(kiosk) == "updating"
        with qtbot.waitSignal(kiosk.source.loaded, timeout=5000):  # checked in the background
            aside.rename(folder)
        assert page(kiosk) == "disclaimer", "shown as it came, without staff"
        assert kiosk.last_error is None


@pytest.mark.parametrize("how", ["moved", "deleted"])
def test_content_taken_away_and_put_back_is_shown_without_staff(qtbot, watching: Kiosk, folder: Path,
                                                                 how: str) -> None:
    aside = take_away(folder, how)
    qtbot.waitUntil(lambda: watching.last_error is not None, timeout=5000)
    assert "Medical Disclaimer" in visible_text(watching.screen), "what is shown stays"
    retitle(aside, "title: Medical Disclaimer", "title: About This Kiosk")
    aside.rename(folder)
    qtbot.waitUntil(lambda: "About This Kiosk" in visible_text(watching.screen), timeout=5000)
    assert watching.last_error is None


def drawn(label: QLabel) -> bool:
    """Whether the label's picture has anything in it (a picture that failed to load is blank)."""
    image = label.pixmap().toImage()
    blank = QImage(image.size(), image.format())
    blank.fill(Qt.GlobalColor.transparent)
    return not image.isNull() and image != blank


def test_icons_stay_when_the_screen_is_rebuilt_while_the_folder_is_away(qtbot, reloading: Kiosk,
                                                                         folder: Path) -> None:
    tap(qtbot, button_labelled(reloading.window, "I understand"))
    shutil.rmtree(folder)
    tap(qtbot, button_labelled(reloading.window, "Español"))  # every screen is built again
    assert page(reloading) == "home"
    icons = [label for label in reloading.screen.findChildren(QLabel, "TileIcon") if label.isVisible()]
    assert len(icons) == 5  # the test content's four pages, and the glossary
    assert all(drawn(label) for label in icons)


def test_content_under_a_folder_named_source_is_watched(qtbot, tmp_path: Path) -> None:
    """Only the content's own `keep` folders go unwatched, not any path with 'source' in it."""
    folder = tmp_path / "source" / "content"
    shutil.copytree(ROOT / "content", folder)
    (folder / "sections" / "source").mkdir()
    owner = QObject()
    source = ContentSource(lambda: folder, owner, content_checks, debounce_ms=50)
    try:
        assert source.load() is not None
        watched = set(source._watcher.files() + source._watcher.directories())
        assert str(folder / "sections" / "symptoms.md") in watched
        assert str(folder / "sections" / "source") in watched
        assert not any(Path(p).is_relative_to(folder / "source") for p in watched), "keep: [source]"
        with qtbot.waitSignal(source.changed, timeout=5000):
            (folder / "sections" / "symptoms.md").write_text("Changed.\n", encoding="utf-8")
    finally:
        source.stop()
