"""Keeps a fullscreen kiosk window fullscreen, in front and without a cursor, whatever the
compositor does.

A Wayland compositor owns the window's state: labwc's window menu can minimize the kiosk, a
key binding can take fullscreen away, and cage draws its arrow cursor again whenever an input
device is added (a touch panel re-plugged), until the client sets its cursor once more. Qt has
no signal for a new input device, so the cursor is set again whenever the pointer enters the
window or a finger or button goes down on it: the arrow goes at the first touch.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QPixmap
from PySide6.QtWidgets import QWidget

log = logging.getLogger("kiosk")

# Events of the window's QWindow after which its cursor is set again; checked as plain ints.
_POINTER = frozenset(int(k) for k in (QEvent.Type.Enter, QEvent.Type.MouseButtonPress,
                                      QEvent.Type.TouchBegin, QEvent.Type.TabletPress))


class KeepInFront(QObject):
    """Takes fullscreen and focus back when they are taken away, and keeps the cursor hidden.

    `hide_cursor` False leaves the cursor alone (the config's show_cursor, for a mouse).
    """

    def __init__(self, window: QWidget, hide_cursor: bool) -> None:
        super().__init__(window)
        self._window = window
        self.restores = 0  # how often fullscreen or focus had to be taken back, for the log
        window.winId()  # creates its QWindow now: its flags must be set before
        handle = window.windowHandle()
        assert handle is not None
        handle.windowStateChanged.connect(self._state_changed)
        if hide_cursor:
            handle.installEventFilter(self)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.applicationStateChanged.connect(self._application_state_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if int(event.type()) in _POINTER:
            set_cursor_again()
        return False  # always let the event through

    def _state_changed(self, state: Qt.WindowState) -> None:
        # Fullscreen without minimized is the only state a kiosk may be in.
        if state != Qt.WindowState.WindowFullScreen:
            QTimer.singleShot(0, self, self._take_back_fullscreen)

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        # Inactive: none of the kiosk's windows has the focus (the staff PIN dialog keeps the
        # application active). A compositor's menu, a minimize or another client took it.
        if state != Qt.ApplicationState.ApplicationActive:
            QTimer.singleShot(0, self, self._take_back_focus)

    def _take_back_fullscreen(self) -> None:
        window = self._window
        # Checked again: the signal also comes for passing states while Qt changes them.
        if window.isVisible() and (not window.isFullScreen() or window.isMinimized()):
            self.restores += 1
            log.info("The window was taken out of fullscreen (minimized: %s); back to fullscreen",
                     window.isMinimized())
            window.showFullScreen()
            window.activateWindow()

    def _take_back_focus(self) -> None:
        if self._window.isVisible() and not self._window.isActiveWindow():
            self.restores += 1
            log.info("Another window took the focus; asking for it back")
            # On Wayland this asks for activation (xdg-activation), which also raises the
            # window; on X11 it takes the input focus.
            self._window.activateWindow()


def set_cursor_again() -> None:
    """Send the blank override cursor to the platform again, with no visible cursor between.

    Qt skips setting a cursor of the shape it already has, so it is changed to another
    invisible one (a transparent bitmap, which Qt never skips) and back to BlankCursor.
    """
    if QGuiApplication.overrideCursor() is None:
        return
    QGuiApplication.changeOverrideCursor(_transparent_cursor())
    QGuiApplication.changeOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))


def _transparent_cursor() -> QCursor:
    pixmap = QPixmap(1, 1)
    pixmap.fill(QColor(0, 0, 0, 0))
    return QCursor(pixmap)
