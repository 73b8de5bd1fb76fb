"""A section page: its title, the notice where it needs one, the text, and any cards."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.content import Content, Section
from kiosk.theme import Metrics
from kiosk.views.cards import reference_card, study_card
from kiosk.views.elements import centered_column, notice_box, scrolling_column, text_label


class SectionView(QWidget):
    """One section. The notice, when shown, stays above the scrolling text, never out of sight."""

    def __init__(self, section: Section, content: Content, metrics: Metrics) -> None:
        super().__init__()
        self.setObjectName("Page")
        self.section_id = section.id
        margin = metrics.spacing * 2
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        top, header = centered_column(metrics.column, metrics.spacing // 2)
        header.setContentsMargins(margin, metrics.spacing, margin, metrics.spacing // 2)
        # Line the header up with the text below, which shares its width with a scroll bar.
        top_layout = top.layout()
        assert top_layout is not None
        top_layout.setContentsMargins(0, 0, metrics.spacing, 0)
        self.title = text_label(section.title, "PageTitle")
        header.addWidget(self.title)
        self.notice = notice_box(content.notice_title, content.notice) if section.show_notice else None
        if self.notice is not None:
            header.addWidget(self.notice)
        layout.addWidget(top)

        self.scroll_area, column = scrolling_column(metrics.column, metrics.spacing)
        column.setContentsMargins(margin, metrics.spacing // 2, margin, margin)
        self.body = text_label(section.body, "Body", markdown=True)
        column.addWidget(self.body)
        for study in section.studies:
            column.addWidget(study_card(study, metrics.spacing))
        for reference in section.references:
            column.addWidget(reference_card(reference, metrics.spacing))
        column.addStretch(1)
        column.addWidget(
            text_label(
                f"Medical Review: {content.reviewer}\nLast Updated: {content.last_updated}",
                "ReviewLine",
            )
        )
        layout.addWidget(self.scroll_area, 1)

    def scroll_to_top(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(0)
