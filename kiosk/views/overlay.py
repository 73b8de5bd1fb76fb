"""The "Still there?" warning that covers the kiosk before an idle reset."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.views.elements import Look, button, text_label, tr


class IdleOverlay(QFrame):
    """A dimmed cover with a countdown and one large "I'm still here" control."""

    still_here = Signal()

    def __init__(self, parent: QWidget, look: Look) -> None:
        super().__init__(parent)
        self.setObjectName("Scrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        metrics = look.metrics
        card = QFrame()
        card.setObjectName("OverlayCard")
        card.setMaximumWidth(metrics.body * 30)
        inner = QVBoxLayout(card)
        pad = metrics.margin
        inner.setContentsMargins(pad, pad, pad, pad)
        inner.setSpacing(metrics.spacing)
        self.title = text_label(tr("Still there?"), "OverlayTitle")
        self.text = text_label(
            tr("If nobody touches the screen, it will start over for the next person in:"), "OverlayText"
        )
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        self.count = text_label("", "OverlayCount")
        inner.addWidget(self.count)
        self.button = button(tr("I'm still here"), "primary", "StillHere", tr("Keeps this page open"))
        self.button.clicked.connect(self.still_here)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(pad, pad, pad, pad)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def show_countdown(self, seconds: int) -> None:
        self.count.setText(tr("%n seconds", "", seconds))
        parent = self.parentWidget()
        if self.isHidden() and parent is not None:
            self.setGeometry(parent.rect())
            self.show()
            self.raise_()

    def spoken_text(self) -> str:
        return f"{self.title.text()} {self.text.text()} {self.count.text()}"
