"""Study cards and reference cards, laid out for reading."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from kiosk.content import Reference, Study
from kiosk.theme import Metrics
from kiosk.views.elements import markdown_label, text_label


def _card(spacing: int) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(spacing * 2, spacing, spacing * 2, spacing)
    layout.setSpacing(spacing // 2)
    return card, layout


def _where_to_find(reference: Reference) -> str:
    parts = [f"DOI: {reference.doi}"]
    if reference.registry:
        parts.append(f"Trial registration: {reference.registry}")
    return "\n".join(parts)


def study_card(study: Study, metrics: Metrics) -> QFrame:
    """Year and heading, how the study was designed, what it found, and where it was published."""
    card, layout = _card(metrics.spacing)
    layout.addWidget(text_label(study.year, "CardYear"))
    layout.addWidget(text_label(study.heading, "CardHeading"))
    layout.addWidget(text_label(f"Design: {study.design}", "CardDesign"))
    layout.addWidget(markdown_label(study.found, "CardFound", metrics))
    layout.addWidget(text_label(f"Published as: {study.reference.citation}", "CardCitation"))
    layout.addWidget(text_label(_where_to_find(study.reference), "CardLink"))
    return card


def reference_card(reference: Reference, spacing: int) -> QFrame:
    """One reference: authors, title, journal, and how to find it."""
    card, layout = _card(spacing)
    layout.addWidget(text_label(reference.title, "CardHeading"))
    layout.addWidget(text_label(reference.authors, "CardAuthors"))
    online = f" (published online {reference.published_online})" if reference.published_online else ""
    layout.addWidget(
        text_label(f"{reference.journal}. {reference.year};{reference.volume}{online}", "CardCitation")
    )
    layout.addWidget(text_label(_where_to_find(reference), "CardLink"))
    return card
