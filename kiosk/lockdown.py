"""Lockdown for a fullscreen kiosk: what a patient must not be able to do, refused."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

# Checked first, as plain ints: this filter sees every event of the application.
_KEYS = frozenset(int(k) for k in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                                    QEvent.Type.ShortcutOverride))
_WATCHED = _KEYS | frozenset(int(k) for k in (
    QEvent.Type.ContextMenu, QEvent.Type.Close, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
))
_BUTTONS = frozenset(int(k) for k in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                                       QEvent.Type.MouseButtonDblClick))


class Lockdown(QObject):
    """An application event filter that refuses close requests, keys, context menus and right clicks.

    Every key is refused (Alt+F4, Ctrl+Q, Ctrl+W, Escape, F11 and the rest) except the staff
    exit shortcut. `release()` lets the window close, for the staff's own way out.
    """

    def __init__(self, window: QWidget, staff_keys: QKeyCombination, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self._staff = staff_keys
        self.closing_allowed = False

    def release(self) -> None:
        self.closing_allowed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = int(event.type())
        if kind not in _WATCHED:
            return False
        if kind in _KEYS:
            assert isinstance(event, QKeyEvent)
            if event.keyCombination() == self._staff:
                return False
            # Accepting the override tells Qt the key is taken, so no shortcut fires on it.
            event.accept()
            return True
        if kind in _BUTTONS:
            assert isinstance(event, QMouseEvent)
            return event.button() != Qt.MouseButton.LeftButton
        if kind == int(QEvent.Type.Close):
            if watched is self._window and not self.closing_allowed:
                event.ignore()
                return True
            return False
        return True  # a context menu, from a right click or a long press
