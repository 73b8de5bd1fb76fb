"""The "Still there?" warning that covers the kiosk before an idle reset."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.views.elements import Look, Overlay, button, text_label, tr


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
