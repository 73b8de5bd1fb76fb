"""The glossary: words marked in the text, a popup that explains one, and a page of all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from kiosk.content import load_library
from kiosk.controller import Kiosk
from tests.helpers import button_labelled, page, tap, tap_link, tap_tile, visible_text

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = [
    "lupus", "sle", "autoimmune", "flare", "remission", "inflammation", "nsaid", "corticosteroid",
    "immunosuppressant", "biologic", "msc", "umbilical-cord", "secretome", "cytokine",
    "complement-c3", "il-6", "tnf-alpha", "sledai", "sri-4", "placebo", "double-blind",
    "randomized-controlled-trial", "meta-analysis", "phase-1-trial", "adverse-event",
    "fda-approved", "investigational",
]


def test_both_glossaries_define_every_required_word() -> None:
    library = load_library(ROOT / "content")
    for edition in library.editions:
        ids = [term.id for term in edition.glossary]
        missing = [word for word in REQUIRED if word not in ids]
        assert not missing, f"{edition.language} glossary lacks {missing}"
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
    assert "symptoms of a disease get worse" in shown
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
