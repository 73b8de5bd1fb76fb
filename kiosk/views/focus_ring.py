"""The thick ring around whatever the keypad's focus is on, drawn over the page, not in its layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QWidget

# The ring's width in pixels; resources/theme.qss draws it (#FocusRing) in the theme's colour.
RING_WIDTH = 6


class FocusRing(QFrame):
    """A frame just outside a widget, in its parent, that follows it as it moves or scrolls.

    It takes no touches and no room in any layout: showing it moves nothing on the page.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def ring(self, widget: QWidget) -> None:
        """Show the ring around `widget` (and no longer around the one before)."""
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = widget
        parent = widget.parentWidget()
        if parent is not None and parent is not self.parentWidget():
            self.setParent(parent)
        widget.installEventFilter(self)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize,
                                                       QEvent.Type.Show, QEvent.Type.Hide):
            self._follow()
        return False

    def _follow(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        self.setGeometry(target.geometry().adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH))
        self.show()
        self.raise_()
