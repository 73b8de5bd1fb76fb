"""The footer of a page: who reviewed what it shows, and when, in the patient's language."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel

from kiosk.reviews import PageReview, Part, State
from kiosk.views.labels import text_label
from kiosk.views.translate import tr


def _part_names() -> dict[Part, str]:
    """What each file is on a page, in the words of the page's footer."""
    return {
        Part.TEXT: tr("this page's text"),
        Part.NOTICE: tr("the notice"),
        Part.GLOSSARY: tr("the word explanations"),
        Part.STUDIES: tr("the study summaries"),
        Part.REFERENCES: tr("the references"),
        Part.DISCLAIMER: tr("the disclaimer"),
    }


def review_text(review: PageReview, language: str) -> str:
    """The footer of a page: who reviewed which of what it shows, and when; and what no one has.

    A review is named only for the files it covers, as they were when reviewed: what changed
    since, or was never reviewed, is said so in plain words (kiosk.reviews).
    """
    names = _part_names()
    whole = {p.part for p in review.parts}
    lines = []
    for record, parts in review.records():
        date = QDate(record.date.year, record.date.month, record.date.day)
        # The date patterns are translated: "MMMM 'de' yyyy" in Spanish.
        shown = QLocale(language).toString(date, tr("d MMMM yyyy") if record.day_given else tr("MMMM yyyy"))
        if set(parts) == whole:
            lines.append(tr("Medical review: %1, %2").replace("%1", record.signed_by).replace("%2", shown))
        else:
            lines.append(tr("Medical review of %1: %2, %3").replace("%1", ", ".join(names[p] for p in parts))
                         .replace("%2", record.signed_by).replace("%3", shown))
    changed = review.with_state(State.CHANGED)
    if changed:
        listed = ", ".join(names[p] for p in changed)
        lines.append(tr("Changed after its medical review: %1.").replace("%1", listed))
    unreviewed = review.with_state(State.UNREVIEWED, translated=False)
    if unreviewed:
        listed = ", ".join(names[p] for p in unreviewed)
        lines.append(tr("Not reviewed by a physician yet: %1.").replace("%1", listed))
    # A translation needs its own review: the original's does not cover it.
    untranslated_review = review.with_state(State.UNREVIEWED, translated=True)
    if untranslated_review:
        listed = ", ".join(names[p] for p in untranslated_review)
        lines.append(tr("Translation not reviewed by a physician yet: %1.").replace("%1", listed))
    return "\n".join(lines)


def review_label(review: PageReview, language: str) -> QLabel:
    """The page's review footer (see review_text)."""
    return text_label(review_text(review, language), "ReviewLine")
