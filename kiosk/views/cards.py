"""Study cards and reference cards, laid out for reading."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QStyle, QStyleOptionButton, QVBoxLayout

from kiosk.content import Evidence, GlossaryTerm, Reference, Study
from kiosk.qr import QrCode
from kiosk.saved_studies import SavedStudies
from kiosk.theme import Metrics
from kiosk.views.beside import BesideOrAbove
from kiosk.views.buttons import style_button
from kiosk.views.labels import markdown_label, text_label
from kiosk.views.look import Look
from kiosk.views.translate import tr


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


def online_date(written: str, language: str) -> str:
    """A date written like "17 Dec 2024" (references.yaml), in the patient's language.

    After "publicado en línea el" an English "Dec" would be out of place. A date in any other
    form is shown as written.
    """
    date = QDate.fromString(written, "d MMM yyyy")  # English month names, whatever the locale
    if not date.isValid():
        return written
    return QLocale(language).toString(date, tr("d MMMM yyyy"))


def publication(reference: Reference, language: str = "en") -> str:
    """Journal, year, volume and pages, as the journal prints them."""
    text = f"{reference.journal}. {reference.year};{reference.volume}"
    if reference.published_online:
        when = online_date(reference.published_online, language)
        text += " (" + tr("published online") + f" {when})"
    return text


def study_text(study: Study, language: str = "en") -> tuple[str, str, str]:
    """The card's year line, design line and citation line, in the patient's language."""
    reference = study.reference
    citation = f"{reference.authors} {reference.title}. {publication(reference, language)}."
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


def terms_in(text: str, glossary: tuple[GlossaryTerm, ...]) -> list[GlossaryTerm]:
    """The glossary words that `text` uses, matched as the page text's links are."""
    found = []
    for term in glossary:
        for form in term.matches:
            # An abbreviation in capitals matches only in capitals: "LES" is lupus, "les" is not.
            flags = 0 if form.isupper() else re.IGNORECASE
            if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text, flags):
                found.append(term)
                break
    return found


def words_explained(labels: list[str], found: str, look: Look) -> QLabel | None:
    """A line of the words in a card's heading and labels, each a link to its explanation.

    Headings and labels are never underlined, yet they hold the words that say how strong a
    study's evidence is (double-blind, open-label, phase 1, meta-analysis). Words that the
    card's text already underlines are not repeated.
    """
    already = {term.id for term in terms_in(found, look.glossary)}
    terms = [term for term in terms_in("\n".join(labels), look.glossary) if term.id not in already]
    if not terms:
        return None
    line = tr("What these words mean:") + " " + " · ".join(term.term for term in terms)
    return markdown_label(line, "CardTerms", look)


class SaveButton(QPushButton):
    """'Save' (for the Take this with me page); it reads 'Saved' while the study is saved.

    It follows the saved list: a reset, or the same study saved on another page, shows here too.
    """

    def __init__(self, reference: Reference, saved: SavedStudies) -> None:
        super().__init__(tr("Save"))
        # A subclass of its own, so that it can follow the list; styled as every tool button.
        style_button(self, "tool", f"Save-{reference.id}",
                     tr("Adds this study to the Take this with me page"))
        self.reference = reference.id
        self._saved = saved
        self.setCheckable(True)
        self.setChecked(reference.id in saved)
        show_saved(self)
        self.toggled.connect(self._toggled)
        # A method of the button: Qt drops the connection when the button goes with its screen.
        saved.changed.connect(self.follow)

    def _toggled(self, checked: bool) -> None:
        show_saved(self)
        self._saved.set_saved(self.reference, checked)

    def follow(self, saved: tuple[str, ...]) -> None:
        """Show whether the study is in `saved`, the list as it is now."""
        if self.isChecked() != (self.reference in saved):
            self.blockSignals(True)  # it is saved already: not a touch to pass on
            self.setChecked(self.reference in saved)
            self.blockSignals(False)
            show_saved(self)

    def sizeHint(self) -> QSize:
        """As wide as the longer of 'Save' and '✓ Saved': a touch changes the label, not the size.

        A button that grew under the finger would move what is beside it, and the card's layout
        (BesideOrAbove) would have to choose again.
        """
        # Measured as QPushButton measures its own label, the stylesheet's padding included.
        option = QStyleOptionButton()
        self.initStyleOption(option)
        hints = []
        for label in (saved_label(False), saved_label(True)):
            option.text = label
            text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, label)
            hints.append(self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, self))
        return QSize(max(hint.width() for hint in hints), max(hint.height() for hint in hints))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # The stylesheet's min-width (a touch target) becomes the button's minimum width,
            # which a layout takes instead of the size hint: a squeezed column cut the label.
            self.setMinimumWidth(self.sizeHint().width())
        return handled


def saved_label(checked: bool) -> str:
    """What the Save control reads when the study is (`checked`) or is not saved."""
    return "✓  " + tr("Saved") if checked else tr("Save")


def show_saved(control: QPushButton) -> None:
    control.setText(saved_label(control.isChecked()))
    control.setAccessibleName(control.text().strip("✓ "))


def take_away(reference: Reference, look: Look, saved: SavedStudies) -> BesideOrAbove:
    """The QR code of the study's link, what it is for, and the Save control.

    On a narrow, sharp panel (a portrait 7-inch one at 210 dpi) the code is wide and the text
    large: Save and the words go below the code rather than be cut beside it.
    """
    code = QrCode(reference.link, look.dpi)
    code.setAccessibleName(tr("QR code"))
    side = QVBoxLayout()
    side.setSpacing(look.metrics.spacing // 2)
    side.addWidget(text_label(tr("To read it at home, scan this code with your phone's camera."), "CardScan"))
    side.addWidget(SaveButton(reference, saved), 0, Qt.AlignmentFlag.AlignLeft)
    side.addStretch(1)
    return BesideOrAbove(code, side, look.metrics.spacing)


def study_card(study: Study, look: Look, language: str, saved: SavedStudies) -> QFrame:
    """Year and heading, what kind of evidence it is, what it found, where it was published."""
    card, layout = _card(look.metrics)
    year, design, citation = study_text(study, language)
    reference = study.reference
    layout.addWidget(text_label(year, "CardYear"))
    layout.addWidget(text_label(study.heading, "CardHeading"))
    labels = [study.heading, design]
    if reference.evidence is not None:
        evidence = evidence_text(reference.evidence, reference.registry, language)
        layout.addWidget(text_label(evidence, "CardEvidence"))
        labels.append(evidence)
    layout.addWidget(text_label(design, "CardDesign"))
    explained = words_explained(labels, study.found, look)
    if explained is not None:
        layout.addWidget(explained)
    layout.addWidget(markdown_label(study.found, "CardFound", look))
    layout.addWidget(text_label(citation, "CardCitation"))
    layout.addWidget(text_label(breakable(where_to_find(reference)), "CardLink"))
    layout.addWidget(take_away(reference, look, saved))
    return card


def reference_card(
    reference: Reference, look: Look, saved: SavedStudies, language: str = "en"
) -> QFrame:
    """One reference: authors, title, journal, and how to find it."""
    card, layout = _card(look.metrics)
    layout.addWidget(text_label(reference.title, "CardHeading"))
    explained = words_explained([reference.title], "", look)
    if explained is not None:
        layout.addWidget(explained)
    layout.addWidget(text_label(reference.authors, "CardAuthors"))
    layout.addWidget(text_label(publication(reference, language), "CardCitation"))
    layout.addWidget(text_label(breakable(where_to_find(reference)), "CardLink"))
    layout.addWidget(take_away(reference, look, saved))
    return card
