"""A section page: its title, the notice where it needs one, the text, and any cards."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QVBoxLayout

from kiosk import theme
from kiosk.content import Content, Section
from kiosk.saved_studies import SavedStudies
from kiosk.session import Session
from kiosk.views.cards import evidence_text, reference_card, study_card, study_text, where_to_find
from kiosk.views.columns import centered_column, scrolling_column
from kiosk.views.labels import markdown_label, notice_box, text_label
from kiosk.views.look import Look
from kiosk.views.markdown import plain_text
from kiosk.views.page import Page
from kiosk.views.review_line import review_label

# The pinned title and notice must leave the text at least this many lines of room, and at
# least its share of the screen (theme.min_reading_share).
MIN_TEXT_LINES = 4


class SectionView(Page):
    """One section. The notice, when shown, stays above the scrolling text, never out of sight."""

    def __init__(self, section: Section, content: Content, look: Look,
                 saved: SavedStudies | None = None) -> None:
        super().__init__()
        if saved is None:  # shown on its own: a list of its own
            saved = SavedStudies(Session(content.language), self)
        self.section_id = section.id
        metrics = look.metrics
        margin = metrics.margin
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        top, header = centered_column(metrics.column, metrics.spacing // 2)
        header.setContentsMargins(margin, metrics.spacing, margin, metrics.spacing // 2)
        self.title = text_label(section.title, "PageTitle")
        header.addWidget(self.title)
        spoken = [section.title]
        self.notice = None
        if section.show_notice:
            self.notice = notice_box(content.notice_title, content.notice, look)
            header.addWidget(self.notice)
            spoken += [content.notice_title, plain_text(content.notice)]
        layout.addWidget(top)
        self._header = top
        self._header_layout = header
        self._pinned_margins = header.contentsMargins()
        self._min_text_room = round(MIN_TEXT_LINES * metrics.body * 1.5)
        self._dpi = look.dpi

        self.scroll_area, column = scrolling_column(metrics.column, metrics.spacing)
        self._column = column
        column.setContentsMargins(margin, metrics.spacing // 2, margin, margin)
        self.body = markdown_label(section.body, "Body", look)
        column.addWidget(self.body)
        spoken.append(plain_text(section.body))
        for study in section.studies:
            reference = study.reference
            column.addWidget(study_card(study, look, content.language, saved))
            year, design, _citation = study_text(study)
            spoken += [f"{year}. {study.heading}"]
            if reference.evidence is not None:
                spoken.append(evidence_text(reference.evidence, reference.registry, content.language))
            spoken += [design, plain_text(study.found)]
        for reference in section.references:
            card = reference_card(reference, look, saved, content.language)
            column.addWidget(card)
            spoken += [reference.title, reference.authors, where_to_find(reference)]
        column.addStretch(1)
        column.addWidget(review_label(section.review, content.language))
        # The text takes what room the title and notice leave; they always get all they need.
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.scroll_area, 1)
        self._spoken = "\n\n".join(spoken)

    @property
    def pinned(self) -> bool:
        """Whether the title and notice stay above the scrolling text (see resizeEvent)."""
        return self._header.parent() is self

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Pin the title and notice where they leave the text room; else make them the page's top.

        With large text on a small screen the notice alone can fill the page: pinned, it would
        be cut off and leave no room to read. It then leads the scrolling page, whole, before the
        text and any card.
        """
        super().resizeEvent(event)
        self._place_header()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_header()  # the stylesheet's fonts are known by now

    def _place_header(self) -> None:
        header = self._header
        # Measured as it would be pinned (its margins then differ), wherever it is now: else the
        # choice flips at each look, pinned on one visit and scrolling on the next.
        margins = self._header_layout.contentsMargins()
        self._header_layout.setContentsMargins(self._pinned_margins)
        room = self.height() - header.heightForWidth(self.width())
        self._header_layout.setContentsMargins(margins)
        screen_height = self.window().height()
        share = theme.min_reading_share(screen_height / theme.px_per_mm(self._dpi))
        pin = room >= max(self._min_text_room, share * screen_height)
        if pin != self.pinned:
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            if pin:
                self._column.removeWidget(header)
                layout.insertWidget(0, header)
                self._header_layout.setContentsMargins(self._pinned_margins)
            else:
                layout.removeWidget(header)
                self._column.insertWidget(0, header)
                self._header_layout.setContentsMargins(0, 0, 0, 0)  # the column has its own
            # A moved widget becomes its new parent's last child, and the accessibility tree
            # lists children in that order: lowered, the title and notice come first there too,
            # before the text and the cards, as a screen reader should read them.
            header.lower()
            header.show()  # a moved widget is hidden until its new parent's layout shows it

    def spoken_text(self) -> str:
        return self._spoken

    def reading_area(self) -> QScrollArea:
        return self.scroll_area
