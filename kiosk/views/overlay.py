"""The "Still there?" warning that covers the kiosk before an idle reset."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.theme import Metrics
from kiosk.views.elements import button, text_label


class IdleOverlay(QFrame):
    """A dimmed cover with a countdown and one large "I'm still here" control."""

    still_here = Signal()

    def __init__(self, parent: QWidget, metrics: Metrics) -> None:
        super().__init__(parent)
        self.setObjectName("Scrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card = QFrame()
        card.setObjectName("OverlayCard")
        card.setMaximumWidth(metrics.body * 30)
        inner = QVBoxLayout(card)
        pad = metrics.spacing * 2
        inner.setContentsMargins(pad, pad, pad, pad)
        inner.setSpacing(metrics.spacing)
        inner.addWidget(text_label("Still there?", "OverlayTitle"))
        inner.addWidget(
            text_label("If nobody touches the screen, it will start over for the next person in:",
                       "OverlayText")
        )
        self.count = text_label("", "OverlayCount")
        inner.addWidget(self.count)
        self.button = button("I'm still here", "primary", "StillHere")
        self.button.clicked.connect(self.still_here)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(pad, pad, pad, pad)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def show_countdown(self, seconds: int) -> None:
        self.count.setText(f"{seconds} second{'s' if seconds != 1 else ''}")
        parent = self.parentWidget()
        if self.isHidden() and parent is not None:
            self.setGeometry(parent.rect())
            self.show()
            self.raise_()
