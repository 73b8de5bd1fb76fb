"""--fullscreen under a compositor that takes things away: the kiosk takes them back.

labwc's window menu minimizes, a compositor's key takes fullscreen away, another client takes
the focus, cage draws its arrow again when an input device is added. Qt's offscreen platform
stands in for the compositor here; tools/wayland-check.sh runs the real ones.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QEnterEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import show_fullscreen
from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.fullscreen import KeepInFront
from tests.conftest import build_kiosk


@pytest.fixture
def shown(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    """A --fullscreen kiosk, shown as main() shows it, cursor hidden."""
    for kiosk in build_kiosk(qtbot, qapp, Settings(fullscreen=True)):
        try:
            show_fullscreen(kiosk.window)
            qtbot.waitUntil(kiosk.window.isFullScreen)
            yield kiosk
        finally:
            while QGuiApplication.overrideCursor() is not None:
                QGuiApplication.restoreOverrideCursor()


def test_fullscreen_taken_away_is_taken_back(qtbot, shown: Kiosk) -> None:
    shown.window.showNormal()  # what Qt does when the compositor un-fullscreens the window
    qtbot.waitUntil(shown.window.isFullScreen)
    keeper = shown.window.findChild(KeepInFront)
    assert keeper is not None and keeper.restores == 1


def test_minimized_comes_back_fullscreen(qtbot, shown: Kiosk) -> None:
    shown.window.showMinimized()  # labwc's window menu: Minimize
    qtbot.waitUntil(lambda: shown.window.isFullScreen() and not shown.window.isMinimized())


def test_focus_taken_by_another_client_is_taken_back(qtbot, qapp: QApplication, shown: Kiosk) -> None:
    other = QWidget()  # stands in for the window that took the focus
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is other.windowHandle())
    # As when another client's window has the focus: none of the kiosk's has it.
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is shown.window.windowHandle())


def test_a_dialog_of_the_kiosk_keeps_its_focus(qtbot, qapp: QApplication, shown: Kiosk) -> None:
    # The staff PIN dialog has the focus: the application is still active, nothing is restored.
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.wait(20)
    keeper = shown.window.findChild(KeepInFront)
    assert keeper is not None and keeper.restores == 0


def test_the_hidden_cursor_is_set_again_when_the_pointer_comes(qtbot, shown: Kiosk,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[Qt.CursorShape] = []
    change = QGuiApplication.changeOverrideCursor

    def spy(cursor: QCursor) -> None:
        sent.append(cursor.shape())
        change(cursor)

    monkeypatch.setattr(QGuiApplication, "changeOverrideCursor", spy)
    handle = shown.window.windowHandle()
    QGuiApplication.sendEvent(handle, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    # Sent again, by way of another invisible cursor so that Qt does not skip it.
    assert sent == [Qt.CursorShape.BitmapCursor, Qt.CursorShape.BlankCursor]
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    assert sent[2:] == [Qt.CursorShape.BitmapCursor, Qt.CursorShape.BlankCursor]
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor


def test_a_shown_cursor_is_left_alone(qtbot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    for kiosk in build_kiosk(qtbot, qapp, Settings(fullscreen=True, show_cursor=True)):
        sent: list[QCursor] = []
        monkeypatch.setattr(QGuiApplication, "changeOverrideCursor", sent.append)
        show_fullscreen(kiosk.window, show_cursor=True)
        handle = kiosk.window.windowHandle()
        QGuiApplication.sendEvent(handle, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
        assert sent == [] and QGuiApplication.overrideCursor() is None
