"""Covers over the page: the dimmed `Overlay` with a card, and the "Still there?" warning.

The word popup (kiosk.views.glossary), the text sheet (kiosk.views.sheet) and the staff
screens (kiosk.views.staff) are overlays too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.views.buttons import button
from kiosk.views.labels import text_label
from kiosk.views.look import Look
from kiosk.views.translate import tr


class Overlay(QFrame):
    """A dimmed cover over its parent with a card in the middle; `inner` is the card's layout."""

    def __init__(self, parent: QWidget, pad: int, spacing: int, max_width: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("Scrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame()
        self.card.setObjectName("OverlayCard")
        if max_width:
            self.card.setMaximumWidth(max_width)
        self.inner = QVBoxLayout(self.card)
        self.inner.setContentsMargins(pad, pad, pad, pad)
        self.inner.setSpacing(spacing)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(pad, pad, pad, pad)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def cover(self) -> None:
        """Show over the whole of the parent, on top."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()


class IdleOverlay(Overlay):
    """A dimmed cover with a countdown and one large "I'm still here" control."""

    still_here = Signal()

    def __init__(self, parent: QWidget, look: Look) -> None:
        metrics = look.metrics
        super().__init__(parent, metrics.margin, metrics.bar_spacing, metrics.bar_text * 30)
        # At the default size whatever the text size, so that it fits whole on every screen.
        self.card.setObjectName("Sheet")
        self.title = text_label(tr("Still there?"), "OverlayTitle")
        self.text = text_label(
            tr("If nobody touches the screen, it will start over for the next person in:"), "OverlayText"
        )
        self.count = text_label("", "OverlayCount")
        self.button = button(tr("I'm still here"), "primary", "StillHere", tr("Keeps this page open"))
        self.button.clicked.connect(self.still_here)
        for widget in (self.title, self.text, self.count, self.button):
            self.inner.addWidget(widget)

    def show_countdown(self, seconds: int) -> None:
        self.count.setText(tr("%n seconds", "", seconds))
        if self.isHidden():
            self.cover()

    def spoken_text(self) -> str:
        return f"{self.title.text()} {self.text.text()} {self.count.text()}"
