"""The glossary page, and the popup that explains one word touched in the text."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.content import GlossaryTerm
from kiosk.reviews import PageReview
from kiosk.views.buttons import button
from kiosk.views.labels import text_label
from kiosk.views.look import Look
from kiosk.views.overlay import Overlay
from kiosk.views.page import ScrollingPage
from kiosk.views.review_line import review_label
from kiosk.views.translate import tr


def alphabetical_key(word: str) -> str:
    """`word` as a dictionary orders it, in English and in Spanish.

    Case and accents do not count ("Célula" files under c, beside "Citocina"), except that
    the Spanish ñ is a letter of its own, after n: its tilde is kept, and a combining mark
    sorts after every letter.
    """
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(
        mark for mark in decomposed if mark == "\u0303" or not unicodedata.combining(mark)
    )


class GlossaryView(ScrollingPage):
    """Every glossary word with its plain-language meaning, in alphabetical order."""

    def __init__(self, terms: tuple[GlossaryTerm, ...], look: Look, review: PageReview | None = None,
                 language: str = "en") -> None:
        super().__init__(look)
        terms = tuple(sorted(terms, key=lambda term: alphabetical_key(term.term)))
        metrics = look.metrics
        column = self.column
        self.title = text_label(tr("Glossary"), "PageTitle")
        column.addWidget(self.title)
        column.addWidget(text_label(tr("Medical words used on these pages, in plain language."), "Intro"))
        for term in terms:
            card = QFrame()
            card.setObjectName("Card")
            inner = QVBoxLayout(card)
            # Little padding at the sides: "Immunosuppressant", in bold, must fit a 720 px column.
            pad = metrics.spacing // 2
            inner.setContentsMargins(pad, pad, pad, pad)
            inner.addWidget(text_label(term.term, "CardHeading"))
            inner.addWidget(text_label(term.definition, "Definition"))
            column.addWidget(card)
        column.addStretch(1)
        if review is not None:  # whether a physician reviewed the explanations
            column.addWidget(review_label(review, language))
        self._spoken = "\n\n".join(
            [tr("Glossary")] + [f"{term.term}. {term.definition}" for term in terms]
        )


class GlossaryPopup(Overlay):
    """A large card explaining one word; a touch outside it, or "Close", closes it."""

    listen_requested = Signal(str)

    def __init__(self, parent: QWidget, look: Look, can_listen: bool) -> None:
        metrics = look.metrics
        super().__init__(parent, metrics.margin, metrics.bar_spacing, metrics.bar_text * 30)
        # At the default size whatever the text size (4.8 mm capitals, 9 mm controls), so that
        # the box fits whole on every screen, also with the largest text on a 7-inch panel.
        self.card.setObjectName("Sheet")
        self.term = text_label("", "OverlayTitle")
        self.definition = text_label("", "Definition")
        self.inner.addWidget(self.term)
        self.inner.addWidget(self.definition)
        row = QHBoxLayout()
        row.setSpacing(metrics.bar_spacing)
        self.listen = button(tr("Listen"), "nav", "PopupListen", tr("Reads this word and its meaning aloud"))
        self.listen.clicked.connect(lambda: self.listen_requested.emit(self.spoken_text()))
        self.listen.setVisible(can_listen)
        self.close_button = button(tr("Close"), "primary", "PopupClose", tr("Closes this explanation"))
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.listen)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.inner.addLayout(row)

    def explain(self, term: GlossaryTerm) -> None:
        self.term.setText(term.term)
        self.definition.setText(term.definition)
        self.cover()

    def spoken_text(self) -> str:
        return f"{self.term.text()}. {self.definition.text()}"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.card.geometry().contains(event.position().toPoint()):
            self.hide()
        event.accept()
