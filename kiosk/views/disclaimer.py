"""The disclaimer every session starts on, and that the footer opens from any page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout

from kiosk.content import Content
from kiosk.views.buttons import button
from kiosk.views.columns import scrolling_column
from kiosk.views.labels import markdown_label, notice_box, text_label
from kiosk.views.look import Look
from kiosk.views.markdown import plain_text
from kiosk.views.page import Page
from kiosk.views.review_line import review_label
from kiosk.views.translate import tr


class DisclaimerView(Page):
    """The full disclaimer and the investigational notice, then one large "I understand"."""

    acknowledged = Signal()

    def __init__(self, content: Content, look: Look) -> None:
        super().__init__()
        metrics = look.metrics
        self.scroll_area, column = scrolling_column(metrics.column, metrics.spacing)
        margin = metrics.margin
        column.setContentsMargins(margin, margin, margin, metrics.spacing)
        column.addWidget(text_label(content.disclaimer_title, "DisclaimerTitle"))
        self.text = markdown_label(content.disclaimer, "DisclaimerText", look)
        column.addWidget(self.text)
        self.notice = notice_box(content.notice_title, content.notice, look)
        column.addWidget(self.notice)
        self._spoken = "\n\n".join(
            [content.disclaimer_title, plain_text(content.disclaimer), content.notice_title,
             plain_text(content.notice)]
        )

        self.understand = button(
            tr("I understand"), "primary", "Understand",
            tr("Confirms you have read the disclaimer, and opens the topics"),
        )
        self.understand.clicked.connect(self.acknowledged)
        # "I understand" comes after the last line of the text and the notice, in the scrolling
        # page: on a screen too short for all of it, a patient reaches it only by scrolling
        # through the whole, the investigational notice included.
        column.addSpacing(metrics.spacing)
        column.addWidget(self.understand, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        # Who reviewed the disclaimer and the notice, and what no one has, as on every page.
        self.review = review_label(content.disclaimer_review, content.language)
        column.addWidget(self.review)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)

    def spoken_text(self) -> str:
        return self._spoken

    def reading_area(self) -> QScrollArea:
        return self.scroll_area
