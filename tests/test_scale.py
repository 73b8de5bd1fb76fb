"""A large library: checked off the UI thread, a first screen before the check, a page of tiles built.

The figures for 10,000 sections are in bench/run.py; these tests use a few hundred.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk import reload
from kiosk.app import FIRST_FRAME_LOGGED, content_checks, create_kiosk
from kiosk.config import Settings
from kiosk.reload import ContentSource
from tests.conftest import FIXTURE_CONTENT_DIR, build_kiosk
from tests.helpers import button_labelled, page, tap, tap_tile
from tests.test_take_home import write_topics

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT_DIR, copy)
    return copy


Held = tuple[threading.Event, list[threading.Thread]]


@pytest.fixture
def hold(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], Held]]:
    """From when it is called, the content check waits until the test lets it go (the Event);
    the threads it ran in are listed."""
    release = threading.Event()
    threads: list[threading.Thread] = []
    real = reload.check_folder

    def slow_check(*args: object, **options: object) -> object:
        threads.append(threading.current_thread())
        release.wait(10)
        return real(*args, **options)  # type: ignore[arg-type]

    def start() -> Held:
        monkeypatch.setattr(reload, "check_folder", slow_check)
        return release, threads

    yield start
    release.set()


def ticking(qtbot) -> tuple[QTimer, list[int]]:
    """A timer on the UI thread, counting its ticks: they stop while the UI thread is busy."""
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return timer, ticks


def test_a_reload_checks_the_folder_off_the_ui_thread(qtbot, folder: Path, hold) -> None:
    release, threads = hold()
    owner = QObject()
    source = ContentSource(lambda: folder, owner, content_checks)
    timer, ticks = ticking(qtbot)
    try:
        with qtbot.waitSignal(source.loaded, timeout=5000) as loaded:
            source.load_in_background()
            qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)  # the check waits; the UI goes on
            assert source.busy and threads and threads[0] is not threading.main_thread()
            release.set()
        assert loaded.args[0] is not None and loaded.args[0].original.section("symptoms")
        assert source.last_error is None and not source.busy
    finally:
        timer.stop()
        release.set()
        source.stop()


def test_a_change_to_the_files_leaves_the_screen_answering(qtbot, qapp: QApplication, folder: Path,
                                                           hold) -> None:
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        release, _threads = hold()
        index = folder / "kiosk.yaml"
        index.write_text(index.read_text(encoding="utf-8").replace("title: Symptoms", "title: Signs", 1),
                         encoding="utf-8")
        with qtbot.waitSignal(kiosk.source.loaded, timeout=5000):
            kiosk.source.changed.emit()  # as the watcher does, once the files settle
            tap(qtbot, button_labelled(kiosk.window, "I understand"))  # while the check runs
            assert page(kiosk) == "home"
            release.set()
        assert kiosk.pending is not None, "a patient is using it: shown at the next reset"
        kiosk.reset()
        assert kiosk.content is not None and kiosk.content.section("symptoms").title == "Signs"


def test_the_first_screen_comes_before_the_check_and_the_check_then_shows_the_topics(
        qtbot, qapp: QApplication, folder: Path, tmp_path: Path, hold, caplog) -> None:
    release, threads = hold()
    caplog.set_level(logging.INFO, logger="kiosk")
    kiosk = create_kiosk(Settings(content_dir=folder, speech=False), qapp, data=tmp_path,
                         first_frame_first=True, build_ahead=False)
    qtbot.addWidget(kiosk.window)
    try:
        assert not threads, "nothing was checked before the first screen"
        assert kiosk.unchecked and page(kiosk) == "disclaimer"
        assert kiosk.content is not None and not kiosk.content.sections, "no topics before the check"
        kiosk.window.show()
        qtbot.waitUntil(lambda: FIRST_FRAME_LOGGED in caplog.text and bool(threads), timeout=5000)
        assert threads[0] is not threading.main_thread()
        with qtbot.waitSignal(kiosk.source.loaded, timeout=5000):
            release.set()
        assert not kiosk.unchecked and page(kiosk) == "disclaimer"
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        tap_tile(qtbot, kiosk, "symptoms")
        assert page(kiosk) == "symptoms"
    finally:
        release.set()
        kiosk.shutdown()


def test_content_that_fails_the_check_after_the_first_screen_is_not_shown(
        qtbot, qapp: QApplication, folder: Path, tmp_path: Path) -> None:
    (folder / "sections" / "symptoms.md").unlink()  # only the full check reads the pages
    kiosk = create_kiosk(Settings(content_dir=folder, speech=False), qapp, data=tmp_path,
                         first_frame_first=True, build_ahead=False)
    qtbot.addWidget(kiosk.window)
    try:
        assert kiosk.unchecked and page(kiosk) == "disclaimer"
        with qtbot.waitSignal(kiosk.source.loaded, timeout=5000):
            kiosk.window.show()
        assert page(kiosk) == "updating" and kiosk.library is None
        assert kiosk.last_error is not None and "symptoms.md" in str(kiosk.last_error)
    finally:
        kiosk.shutdown()


def tiles_built(kiosk) -> list[QPushButton]:
    home = kiosk.screen.pages["home"]
    return [w for w in home.findChildren(QPushButton) if w.objectName().startswith("Tile-")]


def test_the_home_screen_builds_only_the_tiles_it_shows(qtbot, qapp: QApplication, tmp_path: Path) -> None:
    ids = write_topics(tmp_path / "content", 500)
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=tmp_path / "content")):
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        home = kiosk.screen.pages["home"]
        shown = [tile for tile in tiles_built(kiosk) if tile.isVisible()]
        built = len(tiles_built(kiosk))  # a page, and any the first layout placed before the last
        assert 0 < len(shown) <= built < 2 * len(shown), "one page of tiles, not 500"
        assert home.page_count == -(-500 // len(shown))
        tap(qtbot, home.next_button)
        assert len(tiles_built(kiosk)) <= built + len(shown)
        # Every topic is still reached by touch (tests/test_take_home.py touches each of 60).
        tap_tile(qtbot, kiosk, ids[-1])
        assert page(kiosk) == ids[-1]

