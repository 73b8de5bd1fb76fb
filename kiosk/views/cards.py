"""Study cards and reference cards, laid out for reading."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from kiosk.content import Reference, Study
from kiosk.theme import Metrics
from kiosk.views.elements import Look, markdown_label, text_label, tr


def _card(metrics: Metrics) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(metrics.margin, metrics.spacing, metrics.margin, metrics.spacing)
    layout.setSpacing(metrics.spacing // 2)
    return card, layout


def where_to_find(reference: Reference) -> str:
    """The identifiers a patient can look the study up by."""
    parts = [tr("DOI:") + " " + reference.doi]
    if reference.registry:
        parts.append(tr("Trial registration:") + " " + reference.registry)
    return "\n".join(parts)


def publication(reference: Reference) -> str:
    """Journal, year, volume and pages, as the journal prints them."""
    text = f"{reference.journal}. {reference.year};{reference.volume}"
    if reference.published_online:
        text += " (" + tr("published online") + f" {reference.published_online})"
    return text


def study_text(study: Study) -> tuple[str, str, str]:
    """The card's year line, design line and citation line, in the patient's language."""
    reference = study.reference
    citation = f"{reference.authors} {reference.title}. {publication(reference)}."
    return study.year, tr("Design:") + " " + study.design, tr("Published as:") + " " + citation


def study_card(study: Study, look: Look) -> QFrame:
    """Year and heading, how the study was designed, what it found, and where it was published."""
    card, layout = _card(look.metrics)
    year, design, citation = study_text(study)
    layout.addWidget(text_label(year, "CardYear"))
    layout.addWidget(text_label(study.heading, "CardHeading"))
    layout.addWidget(text_label(design, "CardDesign"))
    layout.addWidget(markdown_label(study.found, "CardFound", look))
    layout.addWidget(text_label(citation, "CardCitation"))
    layout.addWidget(text_label(where_to_find(reference=study.reference), "CardLink"))
    return card


def reference_card(reference: Reference, look: Look) -> QFrame:
    """One reference: authors, title, journal, and how to find it."""
    card, layout = _card(look.metrics)
    layout.addWidget(text_label(reference.title, "CardHeading"))
    layout.addWidget(text_label(reference.authors, "CardAuthors"))
    layout.addWidget(text_label(publication(reference), "CardCitation"))
    layout.addWidget(text_label(where_to_find(reference), "CardLink"))
    return card
