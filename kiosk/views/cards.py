"""Study cards and reference cards, laid out for reading."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.content import Evidence, Reference, Study
from kiosk.qr import QrCode
from kiosk.theme import Metrics
from kiosk.views.elements import Look, button, markdown_label, text_label, tr

# Called with a reference's id and whether the patient now has it saved.
SaveToggle = Callable[[str, bool], None]


def _card(metrics: Metrics) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    # Little padding at the sides: on a narrow, sharp panel the QR code and Save share the width.
    side = metrics.spacing // 2
    layout.setContentsMargins(side, metrics.spacing, side, metrics.spacing)
    layout.setSpacing(metrics.spacing // 2)
    return card, layout


def breakable(identifier: str) -> str:
    """`identifier` (a DOI, a link) with places to break it after its slashes, dots and dashes.

    A DOI is one long word: on a small sharp panel it is wider than the screen, and a label
    never breaks a word. An invisible zero-width space after each of those marks lets it wrap.
    """
    for mark in "/.-":
        identifier = identifier.replace(mark, mark + "\u200b")
    return identifier


def where_to_find(reference: Reference) -> str:
    """The identifiers a patient can look the study up by."""
    parts = [tr("DOI:") + " " + reference.doi] if reference.doi else [reference.link]
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


def design_name(design: str) -> str:
    """The plain words for an evidence design (see kiosk.content.DESIGNS)."""
    return {
        "randomized-placebo-controlled": tr("Randomized, placebo-controlled trial"),
        "open-label-uncontrolled": tr("Open-label study, no control group"),
        "single-group": tr("One group of patients, no control group"),
        "meta-analysis": tr("Meta-analysis of randomized trials"),
    }[design]


def evidence_text(evidence: Evidence, registry: str | None, language: str) -> str:
    """'Kind of study: …' and a line of the phase, numbers and trial registration."""
    number = QLocale(language).toString
    facts = []
    if evidence.phase:
        facts.append(tr("Phase %1").replace("%1", evidence.phase))
    if evidence.trials:
        facts.append(tr("%1 trials").replace("%1", number(evidence.trials)))
    if evidence.patients:
        facts.append(tr("%1 patients").replace("%1", number(evidence.patients)))
    if registry:
        facts.append(tr("registered as %1").replace("%1", registry))
    lines = [tr("Kind of study:") + " " + design_name(evidence.design)]
    if facts:
        lines.append(" · ".join(facts))
    return "\n".join(lines)


def save_button(reference: Reference, saved: bool, on_save: SaveToggle) -> QPushButton:
    """'Save' (for the Take this with me page); it reads 'Saved' while saved."""
    control = button(tr("Save"), "tool", f"Save-{reference.id}",
                     tr("Adds this study to the Take this with me page"))
    control.setCheckable(True)
    control.setProperty("reference", reference.id)
    control.setChecked(saved)
    show_saved(control)

    def toggled(checked: bool) -> None:
        show_saved(control)
        on_save(reference.id, checked)

    control.toggled.connect(toggled)
    return control


def show_saved(control: QPushButton) -> None:
    control.setText("✓  " + tr("Saved") if control.isChecked() else tr("Save"))
    control.setAccessibleName(control.text().strip("✓ "))


def take_away(reference: Reference, look: Look, saved: bool, on_save: SaveToggle) -> QHBoxLayout:
    """The QR code of the study's link, what it is for, and the Save control."""
    row = QHBoxLayout()
    row.setSpacing(look.metrics.spacing)
    code = QrCode(reference.link, look.dpi)
    code.setAccessibleName(tr("QR code"))
    row.addWidget(code, 0, Qt.AlignmentFlag.AlignTop)
    side = QVBoxLayout()
    side.setSpacing(look.metrics.spacing // 2)
    side.addWidget(text_label(tr("To read it at home, scan this code with your phone's camera."), "CardScan"))
    side.addWidget(save_button(reference, saved, on_save), 0, Qt.AlignmentFlag.AlignLeft)
    side.addStretch(1)
    row.addLayout(side, 1)
    return row


def study_card(study: Study, look: Look, language: str, saved: bool, on_save: SaveToggle) -> QFrame:
    """Year and heading, what kind of evidence it is, what it found, where it was published."""
    card, layout = _card(look.metrics)
    year, design, citation = study_text(study)
    reference = study.reference
    layout.addWidget(text_label(year, "CardYear"))
    layout.addWidget(text_label(study.heading, "CardHeading"))
    if reference.evidence is not None:
        evidence = evidence_text(reference.evidence, reference.registry, language)
        layout.addWidget(text_label(evidence, "CardEvidence"))
    layout.addWidget(text_label(design, "CardDesign"))
    layout.addWidget(markdown_label(study.found, "CardFound", look))
    layout.addWidget(text_label(citation, "CardCitation"))
    layout.addWidget(text_label(breakable(where_to_find(reference)), "CardLink"))
    layout.addLayout(take_away(reference, look, saved, on_save))
    return card


def reference_card(reference: Reference, look: Look, saved: bool, on_save: SaveToggle) -> QFrame:
    """One reference: authors, title, journal, and how to find it."""
    card, layout = _card(look.metrics)
    layout.addWidget(text_label(reference.title, "CardHeading"))
    layout.addWidget(text_label(reference.authors, "CardAuthors"))
    layout.addWidget(text_label(publication(reference), "CardCitation"))
    layout.addWidget(text_label(breakable(where_to_find(reference)), "CardLink"))
    layout.addLayout(take_away(reference, look, saved, on_save))
    return card
