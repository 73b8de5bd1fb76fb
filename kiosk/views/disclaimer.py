"""The disclaimer every session starts on, and that the footer opens from any page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.content import Content
from kiosk.theme import Metrics
from kiosk.views.elements import button, markdown_label, notice_box, scrolling_column, text_label
from kiosk.views.touch import scroll_to_top


class DisclaimerView(QWidget):
    """The full disclaimer and the investigational notice, with one large "I understand"."""

    acknowledged = Signal()

    def __init__(self, content: Content, metrics: Metrics) -> None:
        super().__init__()
        self.setObjectName("Page")
        self.scroll_area, column = scrolling_column(metrics.column, metrics.spacing)
        margin = metrics.spacing * 2
        column.setContentsMargins(margin, margin, margin, metrics.spacing)
        column.addWidget(text_label(content.disclaimer_title, "DisclaimerTitle"))
        self.text = markdown_label(content.disclaimer, "DisclaimerText", metrics)
        column.addWidget(self.text)
        column.addWidget(notice_box(content.notice_title, content.notice, metrics))
        column.addStretch(1)

        self.understand = button("I understand", "primary", "Understand")
        self.understand.clicked.connect(self.acknowledged)
        row = QHBoxLayout()
        row.setContentsMargins(margin, metrics.spacing, margin, margin)
        row.addStretch(1)
        row.addWidget(self.understand, 0, Qt.AlignmentFlag.AlignCenter)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(row)

    def scroll_to_top(self) -> None:
        scroll_to_top(self.scroll_area)
