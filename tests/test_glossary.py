"""The glossary: words marked in the text, a popup that explains one, and a page of all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from kiosk.content import load_library
from kiosk.controller import Kiosk
from tests.helpers import button_labelled, page, tap, tap_link, tap_tile, visible_text

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = [
    "lupus", "sle", "autoimmune", "flare", "remission", "inflammation", "nsaid", "corticosteroid",
    "immunosuppressant", "biologic", "msc", "umbilical-cord", "secretome", "cytokine",
    "complement-c3", "sledai", "sri-4", "placebo", "double-blind",
    "randomized-controlled-trial", "meta-analysis", "phase-1-trial",
    "fda-approved", "investigational", "open-label", "dose-escalation", "cutaneous", "refractory",
    "significantly", "smd", "confidence-interval",
]
# Words the pages no longer use, whose explanations were misleading ("IL-6 helps control
# inflammation" reads backwards).
REMOVED = ["il-6", "tnf-alpha", "adverse-event"]


def test_both_glossaries_define_every_required_word() -> None:
    library = load_library(ROOT / "content")
    for edition in library.editions:
        ids = [term.id for term in edition.glossary]
        missing = [word for word in REQUIRED if word not in ids]
        assert not missing, f"{edition.language} glossary lacks {missing}"
        assert not set(REMOVED) & set(ids), f"{edition.language} glossary still explains {REMOVED}"
        for term in edition.glossary:
            assert 0 < len(term.definition.split()) <= 50, f"{term.id}: keep it to a sentence or two"


def link_label(kiosk: Kiosk, page_key: str, href: str) -> QLabel:
    for label in kiosk.screen.pages[page_key].findChildren(QLabel):
        if href in label.text():
            return label
    raise AssertionError(f"{href} is not marked on {page_key}")


def test_a_touched_word_opens_its_meaning_and_close_closes_it(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    tap(qtbot, button_labelled(kiosk.window, "Symptoms"))
    tap_link(qtbot, link_label(kiosk, "symptoms", "glossary:flare"), "glossary:flare")
    popup = kiosk.screen.popup
    assert popup.isVisible()
    shown = visible_text(popup)
    assert shown.startswith("Flare")
    assert "signs of an illness get worse" in shown
    tap(qtbot, button_labelled(popup, "Close"))
    assert not popup.isVisible()
    assert page(kiosk) == "symptoms"


def test_a_touch_outside_the_popup_closes_it(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    tap(qtbot, button_labelled(kiosk.window, "Symptoms"))
    tap_link(qtbot, link_label(kiosk, "symptoms", "glossary:remission"), "glossary:remission")
    popup = kiosk.screen.popup
    assert popup.isVisible()
    qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not popup.isVisible()


def test_listen_in_the_popup_says_the_word_and_its_meaning(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    tap(qtbot, button_labelled(kiosk.window, "Symptoms"))
    tap_link(qtbot, link_label(kiosk, "symptoms", "glossary:flare"), "glossary:flare")
    tap(qtbot, button_labelled(kiosk.screen.popup, "Listen"))
    assert kiosk.narrator is not None
    assert kiosk.narrator.last_text.startswith("Flare. A time when")


def test_words_are_marked_in_spanish_too(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "Español"))
    tap(qtbot, button_labelled(kiosk.window, "Entiendo"))
    tap(qtbot, button_labelled(kiosk.window, "Síntomas"))
    tap_link(qtbot, link_label(kiosk, "symptoms", "glossary:flare"), "glossary:flare")
    assert visible_text(kiosk.screen.popup).startswith("Brote")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_glossary_page_lists_every_term(qtbot, kiosk: Kiosk, language: str) -> None:
    if language == "es":
        tap(qtbot, button_labelled(kiosk.window, "Español"))
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    tap_tile(qtbot, kiosk, "glossary")
    shown = visible_text(kiosk.screen.pages["glossary"])
    for term in kiosk.content.glossary:
        assert term.term in shown and term.definition in shown


def glossary_page(qtbot, kiosk: Kiosk, language: str) -> list[tuple[str, str]]:
    """The Glossary page as a patient reads it, in `language`: (word, explanation), top to bottom."""
    if language == "es":
        tap(qtbot, button_labelled(kiosk.window, "Español"))
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    tap_tile(qtbot, kiosk, "glossary")
    view = kiosk.screen.pages["glossary"]
    words = [label.text() for label in view.findChildren(QLabel, "CardHeading")]
    meanings = [label.text() for label in view.findChildren(QLabel, "Definition")]
    return list(zip(words, meanings, strict=True))


def test_the_glossary_page_is_in_alphabetical_order_in_english(qtbot, real_kiosk: Kiosk) -> None:
    kiosk = real_kiosk  # the clinic's own glossary and cards: a check of the real content
    words = [word for word, _meaning in glossary_page(qtbot, kiosk, "en")]
    assert words == sorted(words, key=str.casefold)
    assert words[:3] == ["Adjunctive", "Autoimmune", "B cell"]
    assert words[-1] == "Umbilical cord"


def test_the_glossary_page_is_in_alphabetical_order_in_spanish(qtbot, real_kiosk: Kiosk) -> None:
    kiosk = real_kiosk  # the clinic's own glossary and cards: a check of the real content
    words = [word for word, _meaning in glossary_page(qtbot, kiosk, "es")]
    # Accents do not count: "Célula B" files under c, between "Brote" and "Citocina".
    assert words.index("Brote") < words.index("Célula B") < words.index("Célula madre") \
        < words.index("Citocina") < words.index("Complementario")
    assert words.index("Refractario") < words.index("Remisión") < words.index("Reumatólogo")
    plain = [word.casefold().translate(str.maketrans("áéíóúü", "aeiouu")) for word in words]
    assert plain == sorted(plain)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_corrected_explanations_are_shown(qtbot, real_kiosk: Kiosk, language: str) -> None:
    kiosk = real_kiosk  # the clinic's own glossary and cards: a check of the real content
    shown = dict(glossary_page(qtbot, kiosk, language))
    if language == "en":
        investigational = shown["Investigational"]
        assert "not approved for general use" in investigational and "yet" not in investigational
        approved = shown["FDA-approved"]
        assert "benefits" in approved and "outweigh its risks for a specific use" in approved
        assert "Only then may it be sold for that use." in approved
        assert "In active lupus the level is often low" in shown["Complement C3"]
        assert "not designed to show whether the treatment works" in shown["Phase 1 trial"]
        assert "given to try to calm the immune system" in shown["Mesenchymal stem cell (MSC)"]
        assert "unlikely to be due to chance" in shown["Significantly"]
        assert "does not mean that the difference is large" in shown["Significantly"]
        assert "IL-6" not in shown and "TNF-alpha" not in shown and "Adverse event" not in shown
    else:
        investigational = shown["En investigación"]
        assert "no está aprobado para uso general" in investigational and "Aún" not in investigational
        approved = shown["Aprobado por la FDA"]
        assert "beneficios" in approved and "Solo entonces" in approved
        assert "En el lupus activo el nivel suele estar bajo" in shown["Complemento C3"]
        assert "No está diseñado para mostrar si el tratamiento funciona" in shown["Ensayo de fase 1"]
        assert "para intentar calmar el sistema inmunitario" in shown["Célula madre mesenquimal (MSC)"]
        assert "por la vena" in shown["Infusión"]
        assert "No quiere decir que la diferencia sea grande" in shown["Significativamente"]
        assert "IL-6" not in shown and "TNF-alfa" not in shown and "Evento adverso" not in shown


def open_research(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    tap_tile(qtbot, kiosk, "regenerative-research")


def card_words(kiosk: Kiosk) -> list[str]:
    """Each study card's line of the words in its heading and labels, as shown."""
    labels = kiosk.screen.pages["regenerative-research"].findChildren(QLabel, "CardTerms")
    return [plain(label) for label in labels]


def plain(label: QLabel) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_the_words_of_card_headings_and_labels_are_explained_where_they_appear(qtbot,
                                                                              real_kiosk: Kiosk) -> None:
    kiosk = real_kiosk  # the clinic's own glossary and cards: a check of the real content
    open_research(qtbot, kiosk)
    assert card_words(kiosk) == [
        "What these words mean: Double-blind · Randomized controlled trial",
        "What these words mean: Autoimmune · Meta-analysis",
        "What these words mean: Phase 1 trial · Open-label · Dose-escalation",
        "What these words mean: SLE (systemic lupus erythematosus) · Phase 1 trial · Refractory",
    ]
    view = kiosk.screen.pages["regenerative-research"]
    last = view.findChildren(QLabel, "CardTerms")[-1]
    view.scroll_area.ensureWidgetVisible(last)
    tap_link(qtbot, last, "glossary:refractory")
    shown = visible_text(kiosk.screen.popup)
    assert shown.startswith("Refractory") and "Not getting better with the usual treatments" in shown
    # The figures' own words are underlined in the card's text.
    found = " ".join(label.text() for label in view.findChildren(QLabel, "CardFound"))
    for term in ("smd", "confidence-interval", "significantly", "sledai"):
        assert f"glossary:{term}" in found, term


def test_the_card_words_are_explained_in_spanish(qtbot, real_kiosk: Kiosk) -> None:
    kiosk = real_kiosk  # the clinic's own glossary and cards: a check of the real content
    tap(qtbot, button_labelled(kiosk.window, "Español"))
    open_research(qtbot, kiosk)
    words = card_words(kiosk)
    assert words[0] == "Qué significan estas palabras: Doble ciego · Ensayo controlado aleatorizado"
    assert "Metaanálisis" in words[1]
    assert "Escalada de dosis" in words[2] and "Estudio abierto" in words[2]
    assert "Refractario" in words[3]
