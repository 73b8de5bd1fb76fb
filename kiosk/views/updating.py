"""The calm screen shown when there is no content that can be shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout

from kiosk.views.labels import text_label
from kiosk.views.page import Page
from kiosk.views.translate import tr


class UpdatingView(Page):
    """Tells a patient the kiosk is being updated, and where to ask instead."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 80, 80, 80)
        layout.addStretch(1)
        title = text_label(tr("This kiosk is being updated."), "PageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = text_label(tr("Please ask the front desk."), "UpdatingText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        layout.addStretch(1)

    def spoken_text(self) -> str:
        return ""  # two short lines that say to ask at the desk: nothing to listen to

    def reading_area(self) -> QScrollArea | None:
        return None
