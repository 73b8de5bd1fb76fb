"""Take back a press that a touch has already made on the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

# Just outside the window, so on no control.
_NOWHERE = QPointF(-1.0, -1.0)


def cancel_press(window: QWidget) -> None:
    """End the press that a finger's touch made on `window`, off every control.

    Qt makes a mouse press of a touch no widget takes; what was pressed acts when the finger
    lifts. Released here, away from it, it does what it does for a finger slid off it: a
    button is let go unpressed, an underlined word is not opened, a drag of the page ends. The
    release goes through the window, as Qt's own does, so that the window lets go of the
    pressed control too; the finger's own release later is for the caller to keep away.
    """
    handle = window.windowHandle()
    if handle is None:
        return
    release = QMouseEvent(QEvent.Type.MouseButtonRelease, _NOWHERE, window.mapToGlobal(_NOWHERE),
                          Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(handle, release)
